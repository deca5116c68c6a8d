using BeneluxClimate.Domain.Common;

namespace BeneluxClimate.Domain.Members;

/// <summary>What a member fills in during onboarding or when editing their profile.</summary>
public sealed record ProfileInput(
    string DisplayName,
    string Headline,
    ActorType ActorType,
    string CountryCode,
    string? RegionCode,
    IReadOnlyList<Theme> Themes,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> Expertise,
    string Bio,
    IReadOnlyList<string> Links,
    ProfileVisibility Visibility,
    bool ShowEmailToMembers,
    Guid? ExpectedVersion);
