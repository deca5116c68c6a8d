using BeneluxClimate.Domain.Common;

namespace BeneluxClimate.Domain.Gatherings;

/// <summary>
/// What a host fills in. Times are Europe/Brussels wall clock (as entered); the service stores them in UTC.
/// <see cref="CreationId"/> makes a repeated create command create one event; <see cref="ExpectedVersion"/> guards edits.
/// </summary>
public sealed record GatheringInput(
    Guid CreationId,
    string Title,
    string Description,
    GatheringFormat Format,
    DateTime StartsAtBrussels,
    DateTime EndsAtBrussels,
    DateTime? RegistrationDeadlineBrussels,
    string? VenueName,
    string? VenueAddress,
    string? VenueCountryCode,
    string? MeetingUrl,
    int? Capacity,
    bool RequiresRegistration,
    IReadOnlyList<Theme> Themes,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> CoHostIds,
    Guid? ExpectedVersion = null);
