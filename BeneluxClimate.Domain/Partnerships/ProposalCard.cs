using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Live;

namespace BeneluxClimate.Domain.Partnerships;

/// <summary>A proposal as lists show it; carried by live events, so open lists never query to show a change.</summary>
[LivePayload]
public sealed record ProposalCard(
    int Id,
    string Title,
    string Summary,
    MemberRef Author,
    ProposalStatus Status,
    IReadOnlyList<Theme> Themes,
    IReadOnlyList<string> Countries,
    IReadOnlyList<ActorType> SoughtActorTypes,
    IReadOnlyList<string> SoughtCountries,
    DateTimeOffset? FundingDeadlineUtc,
    int CommentCount,
    int InterestCount,
    DateTimeOffset CreatedAtUtc,
    DateTimeOffset LastActivityAtUtc,
    string SearchText);
