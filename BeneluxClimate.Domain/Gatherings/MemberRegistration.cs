using BeneluxClimate.Domain.Live;

namespace BeneluxClimate.Domain.Gatherings;

/// <summary>
/// One member's place at an event as their own page shows it: registered, waitlisted at a position, or cancelled.
/// Also the payload of <see cref="GatheringEvents.RegistrationChanged"/>, pushed to that member only, with the meeting
/// link when they hold a seat.
/// </summary>
[LivePayload]
public sealed record MemberRegistration(
    int GatheringId, string MemberId, RegistrationStatus Status, int? WaitlistPosition, DateTimeOffset RequestedAtUtc, string? MeetingUrl);
