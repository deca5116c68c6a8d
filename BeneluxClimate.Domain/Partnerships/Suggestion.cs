using BeneluxClimate.Domain.Common;

namespace BeneluxClimate.Domain.Partnerships;

/// <summary>
/// Why a proposal is suggested to a member, in parts the UI words in one line, e.g. "seeks Research in NL — you are a
/// researcher in NL". <see cref="Score"/> orders the suggestions.
/// </summary>
public sealed record Suggestion(
    int Score,
    ActorType? MatchedActorType,
    string? MatchedCountry,
    IReadOnlyList<Theme> SharedThemes);
