using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Live;

namespace BeneluxClimate.Domain.Gatherings;

/// <summary>An event's page content everybody who may see the event may see (never the meeting link).</summary>
[LivePayload]
public sealed record GatheringView(
    int Id,
    string Title,
    string DescriptionHtml,
    GatheringFormat Format,
    DateTimeOffset StartsAtUtc,
    DateTimeOffset EndsAtUtc,
    string? VenueName,
    string? VenueAddress,
    string? VenueCountryCode,
    bool HasMeetingLink,
    int? Capacity,
    int RegisteredCount,
    int WaitlistCount,
    DateTimeOffset? RegistrationDeadlineUtc,
    bool RequiresRegistration,
    IReadOnlyList<Theme> Themes,
    IReadOnlyList<string> Languages,
    RoomState RoomState,
    string HostId,
    string HostName,
    IReadOnlyList<string> CoHostIds,
    bool IsHidden)
{
    public int? SeatsLeft => Capacity is { } capacity ? Math.Max(0, capacity - RegisteredCount) : null;

    public bool IsHostedBy(string? userId) => userId is not null && (HostId == userId || CoHostIds.Contains(userId));
}
