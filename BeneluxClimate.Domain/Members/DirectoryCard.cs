using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Live;

namespace BeneluxClimate.Domain.Members;

/// <summary>A member as the directory shows them; also the payload of live directory events.</summary>
[LivePayload]
public sealed record DirectoryCard(
    string UserId,
    string DisplayName,
    string Headline,
    int? OrganisationId,
    string? OrganisationName,
    string CountryCode,
    string? RegionCode,
    ActorType ActorType,
    IReadOnlyList<Theme> Themes,
    IReadOnlyList<string> Languages,
    ProfileVisibility Visibility,
    DateTimeOffset OnboardedAtUtc,
    string SearchText);
