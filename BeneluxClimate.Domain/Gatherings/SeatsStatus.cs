using BeneluxClimate.Domain.Live;

namespace BeneluxClimate.Domain.Gatherings;

/// <summary>
/// The payload of <see cref="GatheringEvents.SeatsChanged"/>: an event's counters after a registration change.
/// <paramref name="LeftWaitlist"/> holds the request times of members who left the waitlist (promoted or cancelled), so
/// each waitlisted viewer moves up without a query when one of them was ahead.
/// </summary>
[LivePayload]
public sealed record SeatsStatus(int GatheringId, int? Capacity, int RegisteredCount, int WaitlistCount, IReadOnlyList<DateTimeOffset> LeftWaitlist)
{
    public int? SeatsLeft => Capacity is { } capacity ? Math.Max(0, capacity - RegisteredCount) : null;
}
