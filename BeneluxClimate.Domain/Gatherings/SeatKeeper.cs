using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Notifications;
using BeneluxClimate.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BeneluxClimate.Domain.Gatherings;

/// <summary>
/// Seat counting shared by registration and event edits. Counters change by conditional UPDATE statements inside the
/// writer's transaction, so two members taking the last seat at once cannot both get it, and the counters agree with
/// the registration rows on every provider.
/// </summary>
internal static class SeatKeeper
{
    /// <summary>Takes a seat if one is free (true), else nothing changes (false).</summary>
    public static async Task<bool> TryTakeSeatAsync(ClimateDbContext db, int gatheringId, CancellationToken ct) =>
        await db.Gatherings.Where(g => g.Id == gatheringId && (g.Capacity == null || g.RegisteredCount < g.Capacity))
            .ExecuteUpdateAsync(s => s.SetProperty(g => g.RegisteredCount, g => g.RegisteredCount + 1), ct) == 1;

    public static Task AddAsync(ClimateDbContext db, int gatheringId, int registered, int waitlisted, CancellationToken ct) =>
        db.Gatherings.Where(g => g.Id == gatheringId).ExecuteUpdateAsync(s => s
            .SetProperty(g => g.RegisteredCount, g => g.RegisteredCount + registered)
            .SetProperty(g => g.WaitlistCount, g => g.WaitlistCount + waitlisted), ct);

    /// <summary>Moves the longest-waiting members onto free seats, oldest request first; returns them (tracked, saved).</summary>
    public static async Task<List<Registration>> PromoteAsync(ClimateDbContext db, int gatheringId, DateTimeOffset now, CancellationToken ct)
    {
        var promoted = new List<Registration>();
        while (true)
        {
            var next = await db.Registrations
                .Where(r => r.GatheringId == gatheringId && r.Status == RegistrationStatus.Waitlisted)
                .OrderBy(r => r.RequestedAtUtc).ThenBy(r => r.Id).FirstOrDefaultAsync(ct);
            if (next is null || !await TryTakeSeatAsync(db, gatheringId, ct))
            {
                return promoted;
            }

            await AddAsync(db, gatheringId, 0, -1, ct);
            next.Status = RegistrationStatus.Registered;
            next.PromotedAtUtc = now;
            await db.SaveChangesAsync(ct);
            promoted.Add(next);
        }
    }

    public static async Task<SeatsStatus> StatusAsync(ClimateDbContext db, int gatheringId, IReadOnlyList<DateTimeOffset> leftWaitlist, CancellationToken ct)
    {
        var counters = await db.Gatherings.AsNoTracking().Where(g => g.Id == gatheringId)
            .Select(g => new { g.Capacity, g.RegisteredCount, g.WaitlistCount }).SingleAsync(ct);
        return new SeatsStatus(gatheringId, counters.Capacity, counters.RegisteredCount, counters.WaitlistCount, leftWaitlist);
    }

    /// <summary>Sequence numbers for one seat change: the list's, the page's, and one per member told of their own change.</summary>
    /// <param name="list">The list topic's number, taken first in the transaction (that write takes the lock).</param>
    public static async Task<SeatSequences> NextAsync(ClimateDbContext db, int gatheringId, long list, int members, CancellationToken ct)
    {
        var page = await db.NextSequenceAsync(LiveTopics.Event(gatheringId), ct);
        var own = new List<long>();
        for (var i = 0; i < members; i++)
        {
            own.Add(await db.NextSequenceAsync(LiveTopics.Event(gatheringId), ct));
        }

        return new SeatSequences(list, page, own);
    }

    /// <summary>After the commit: counters to everybody, each member's own change to that member only; promoted members get a notification.</summary>
    public static async Task PublishAsync(
        ILiveBus bus, PartnershipNotifier notifier, SeatsStatus seats, SeatSequences sequences, IReadOnlyList<MemberRegistration> changes,
        string gatheringTitle, string actorId, DateTimeOffset now, CancellationToken ct)
    {
        await bus.PublishAsync(new LiveEvent(LiveTopics.Events, sequences.List, GatheringEvents.SeatsChanged, seats, Audience.Public, now));
        await bus.PublishAsync(new LiveEvent(LiveTopics.Event(seats.GatheringId), sequences.Page, GatheringEvents.SeatsChanged, seats, Audience.Public, now));
        for (var i = 0; i < changes.Count; i++)
        {
            await bus.PublishAsync(new LiveEvent(LiveTopics.Event(seats.GatheringId), sequences.Own[i], GatheringEvents.RegistrationChanged,
                changes[i], Audience.Named(changes[i].MemberId), now));
        }

        var promoted = changes.Where(c => c.Status == RegistrationStatus.Registered && c.MemberId != actorId).Select(c => (c.MemberId, NotificationKind.WaitlistPromoted)).ToList();
        if (promoted.Count > 0)
        {
            await notifier.NotifyAsync(promoted, seats.GatheringId, gatheringTitle, null, actorId, ct);
        }
    }
}

/// <summary>The numbers taken for one seat change.</summary>
internal sealed record SeatSequences(long List, long Page, IReadOnlyList<long> Own);
