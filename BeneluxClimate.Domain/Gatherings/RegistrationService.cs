using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Moderation;
using BeneluxClimate.Domain.Notifications;
using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Domain.Security;
using Microsoft.EntityFrameworkCore;

namespace BeneluxClimate.Domain.Gatherings;

/// <summary>
/// Registering for events and cancelling: one row per member and event (a cancelled row is reused), a seat while seats
/// are left and the waitlist after, the longest-waiting member promoted when a seat comes free. Seat counters change
/// in the same transaction as the rows, and every change is pushed to open lists and event pages.
/// </summary>
public sealed class RegistrationService(
    IDbContextFactory<ClimateDbContext> contexts,
    Commands commands,
    WriteRateLimiter limiter,
    ILiveBus bus,
    PartnershipNotifier notifier,
    ActivityFeed feed,
    TimeProvider time)
{
    public const int AttendeeListLimit = 500;

    public async Task<RegistrationOutcome> RegisterAsync(Actor actor, int gatheringId, CancellationToken ct = default)
    {
        await using var command = await commands.BeginAsync(actor, ct);
        if (command.Refused is { } standing)
        {
            return new(CommandResult.Refused(standing), null);
        }

        actor = command.Actor;
        var db = command.Db;

        if (!actor.IsSignedIn)
        {
            return new(CommandResult.Refused(Refusal.NotSignedIn), null);
        }

        var gathering = await db.Gatherings.AsNoTracking().SingleOrDefaultAsync(g => g.Id == gatheringId, ct);
        if (gathering is null || gathering.IsHidden)
        {
            return new(CommandResult.Refused(Refusal.NotFound), null);
        }

        if (await CurrentAsync(db, gathering, actor.UserId!, ct) is { Status: not RegistrationStatus.Cancelled } already)
        {
            return new(CommandResult.Ok, already); // a double click or a second tab: the place the member already has
        }

        var now = time.GetUtcNow();
        if (now >= (gathering.RegistrationDeadlineUtc ?? gathering.EndsAtUtc) || now >= gathering.EndsAtUtc)
        {
            return new(CommandResult.Invalid([new FieldProblem("Registration", "Closed")]), null);
        }

        if (!limiter.TryAcquire(nameof(RegisterAsync), actor.UserId!))
        {
            return new(CommandResult.Refused(Refusal.RateLimited), null);
        }

        MemberRegistration mine;
        SeatsStatus seats;
        SeatSequences sequences;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            try
            {
                // The first statement writes, so this transaction holds the write lock and reads the latest rows from here on.
                var listSequence = await db.NextSequenceAsync(LiveTopics.Events, ct);
                var registration = await db.Registrations.SingleOrDefaultAsync(r => r.GatheringId == gatheringId && r.MemberId == actor.UserId, ct);
                if (registration is { Status: not RegistrationStatus.Cancelled })
                {
                    await transaction.RollbackAsync(ct);
                    return new(CommandResult.Ok, await CurrentAsync(db, gathering, actor.UserId!, ct));
                }

                var seated = await SeatKeeper.TryTakeSeatAsync(db, gatheringId, ct);
                if (!seated)
                {
                    await SeatKeeper.AddAsync(db, gatheringId, 0, 1, ct);
                }

                if (registration is null)
                {
                    registration = new Registration { GatheringId = gatheringId, MemberId = actor.UserId! };
                    db.Registrations.Add(registration);
                }

                // Stamped under the write lock, so waitlist order is the order in which requests got the lock: a position
                // handed out here never changes because a request that started earlier committed later.
                now = time.GetUtcNow();
                registration.Status = seated ? RegistrationStatus.Registered : RegistrationStatus.Waitlisted;
                registration.RequestedAtUtc = now;
                registration.CancelledAtUtc = null;
                registration.PromotedAtUtc = null;
                registration.ReminderSentAtUtc = null;
                await db.SaveChangesAsync(ct);

                int? position = seated ? null : await GatheringReads.WaitlistPositionAsync(db, gatheringId, registration, ct);
                mine = new MemberRegistration(gatheringId, actor.UserId!, registration.Status, position, now, seated ? gathering.MeetingUrl : null);
                seats = await SeatKeeper.StatusAsync(db, gatheringId, [], ct);
                sequences = await SeatKeeper.NextAsync(db, gatheringId, listSequence, 1, ct);
                await transaction.CommitAsync(ct);
            }
            catch (DbUpdateException)
            {
                // The same member's other request won the unique row: theirs is the answer.
                await transaction.RollbackAsync(ct);
                await using var fresh = await contexts.CreateDbContextAsync(ct);
                return new(CommandResult.Ok, await CurrentAsync(fresh, gathering, actor.UserId!, ct));
            }
        }

        await PublishAsync(seats, sequences, [mine], gathering.Title, actor.UserId!, now, ct);
        await feed.RecordAsync(new ActivityRecord(ActivityKind.RegistrationMade, actor.UserId, gathering.Title, $"events/{gatheringId}",
            gathering.VenueCountryCode is { } country ? [country] : null, gathering.Themes), ct);
        return new(CommandResult.Ok, mine);
    }

    /// <summary>Gives the seat or the waitlist place back; a freed seat goes to the longest-waiting member at once.</summary>
    public async Task<RegistrationOutcome> CancelAsync(Actor actor, int gatheringId, CancellationToken ct = default)
    {
        await using var command = await commands.BeginAsync(actor, ct);
        if (command.Refused is { } standing)
        {
            return new(CommandResult.Refused(standing), null);
        }

        actor = command.Actor;
        var db = command.Db;

        if (!actor.IsSignedIn)
        {
            return new(CommandResult.Refused(Refusal.NotSignedIn), null);
        }

        var gathering = await db.Gatherings.AsNoTracking().SingleOrDefaultAsync(g => g.Id == gatheringId, ct);
        if (gathering is null || !GatheringReads.MaySee(actor, gathering))
        {
            return new(CommandResult.Refused(Refusal.NotFound), null);
        }

        var current = await CurrentAsync(db, gathering, actor.UserId!, ct);
        if (current is null or { Status: RegistrationStatus.Cancelled })
        {
            return new(CommandResult.Ok, current);
        }

        if (!limiter.TryAcquire(nameof(CancelAsync), actor.UserId!))
        {
            return new(CommandResult.Refused(Refusal.RateLimited), null);
        }

        var now = time.GetUtcNow();
        var changes = new List<MemberRegistration>();
        SeatsStatus seats;
        SeatSequences sequences;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            var listSequence = await db.NextSequenceAsync(LiveTopics.Events, ct);
            var registration = await db.Registrations.SingleAsync(r => r.GatheringId == gatheringId && r.MemberId == actor.UserId, ct);
            if (registration.Status == RegistrationStatus.Cancelled)
            {
                await transaction.RollbackAsync(ct);
                return new(CommandResult.Ok, current with { Status = RegistrationStatus.Cancelled, WaitlistPosition = null, MeetingUrl = null });
            }

            var leftWaitlist = new List<DateTimeOffset>();
            if (registration.Status == RegistrationStatus.Registered)
            {
                await SeatKeeper.AddAsync(db, gatheringId, -1, 0, ct);
            }
            else
            {
                await SeatKeeper.AddAsync(db, gatheringId, 0, -1, ct);
                leftWaitlist.Add(registration.RequestedAtUtc);
            }

            registration.Status = RegistrationStatus.Cancelled;
            registration.CancelledAtUtc = now;
            await db.SaveChangesAsync(ct);
            changes.Add(new MemberRegistration(gatheringId, actor.UserId!, RegistrationStatus.Cancelled, null, registration.RequestedAtUtc, null));

            foreach (var promoted in await SeatKeeper.PromoteAsync(db, gatheringId, now, ct))
            {
                leftWaitlist.Add(promoted.RequestedAtUtc);
                changes.Add(new MemberRegistration(gatheringId, promoted.MemberId, RegistrationStatus.Registered, null, promoted.RequestedAtUtc, gathering.MeetingUrl));
            }

            seats = await SeatKeeper.StatusAsync(db, gatheringId, leftWaitlist, ct);
            sequences = await SeatKeeper.NextAsync(db, gatheringId, listSequence, changes.Count, ct);
            await transaction.CommitAsync(ct);
        }

        await PublishAsync(seats, sequences, changes, gathering.Title, actor.UserId!, now, ct);
        return new(CommandResult.Ok, changes[0]);
    }

    /// <summary>The viewer's own place at an event, or null when they never registered.</summary>
    public async Task<MemberRegistration?> MineAsync(Actor viewer, int gatheringId, CancellationToken ct = default)
    {
        if (!viewer.IsSignedIn)
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var gathering = await db.Gatherings.AsNoTracking().SingleOrDefaultAsync(g => g.Id == gatheringId, ct);
        return gathering is null ? null : await CurrentAsync(db, gathering, viewer.UserId!, ct);
    }

    /// <summary>Registered members then the waitlist in order; for the event's hosts and admins; at most <see cref="AttendeeListLimit"/>.</summary>
    public async Task<Result<IReadOnlyList<Attendee>>> AttendeesAsync(Actor actor, int gatheringId, CancellationToken ct = default) =>
        await AttendeesAsync(actor, gatheringId, AttendeeListLimit, ct);

    /// <summary>The whole attendee list as CSV (formula-safe cells), for the event's hosts and admins.</summary>
    public async Task<Result<string>> AttendeesCsvAsync(Actor actor, int gatheringId, CancellationToken ct = default)
    {
        var attendees = await AttendeesAsync(actor, gatheringId, Gathering.MaxCapacity * 2, ct);
        if (!attendees.Succeeded)
        {
            return Result<string>.Refused(attendees.Refusal!.Value);
        }

        var rows = attendees.Value!.Select(a => new string?[]
        {
            a.DisplayName,
            a.CountryCode,
            a.Status.ToString(),
            a.WaitlistPosition?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            BrusselsTime.FromUtc(a.RequestedAtUtc).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        });
        return Result<string>.Ok(CsvText.Document(["Name", "Country", "Status", "Waitlist position", "Registered at (Brussels)"], rows));
    }

    private async Task<Result<IReadOnlyList<Attendee>>> AttendeesAsync(Actor actor, int gatheringId, int limit, CancellationToken ct)
    {
        if (!actor.IsSignedIn)
        {
            return Result<IReadOnlyList<Attendee>>.Refused(Refusal.NotSignedIn);
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var gathering = await db.Gatherings.AsNoTracking().SingleOrDefaultAsync(g => g.Id == gatheringId, ct);
        if (gathering is null || !GatheringReads.MaySee(actor, gathering))
        {
            return Result<IReadOnlyList<Attendee>>.Refused(Refusal.NotFound);
        }

        if (!GatheringReads.MayEdit(actor, gathering))
        {
            return Result<IReadOnlyList<Attendee>>.Refused(Refusal.Forbidden);
        }

        var rows = await (
                from r in db.Registrations
                where r.GatheringId == gatheringId && r.Status != RegistrationStatus.Cancelled
                join u in db.Users on r.MemberId equals u.Id
                from p in db.MemberProfiles.Where(p => p.UserId == u.Id).DefaultIfEmpty()
                orderby r.Status == RegistrationStatus.Registered ? 0 : 1, r.RequestedAtUtc, r.Id
                select new { r.MemberId, u.DisplayName, Country = p == null ? null : p.CountryCode, r.Status, r.RequestedAtUtc })
            .AsNoTracking().Take(limit).ToListAsync(ct);
        var position = 0;
        return Result<IReadOnlyList<Attendee>>.Ok(rows.Select(r => new Attendee(r.MemberId, r.DisplayName, r.Country, r.Status, r.RequestedAtUtc,
            r.Status == RegistrationStatus.Waitlisted ? ++position : null)).ToList());
    }

    private static async Task<MemberRegistration?> CurrentAsync(ClimateDbContext db, Gathering gathering, string memberId, CancellationToken ct)
    {
        var registration = await db.Registrations.AsNoTracking().SingleOrDefaultAsync(r => r.GatheringId == gathering.Id && r.MemberId == memberId, ct);
        if (registration is null)
        {
            return null;
        }

        int? position = registration.Status == RegistrationStatus.Waitlisted ? await GatheringReads.WaitlistPositionAsync(db, gathering.Id, registration, ct) : null;
        return new MemberRegistration(gathering.Id, memberId, registration.Status, position, registration.RequestedAtUtc,
            registration.Status == RegistrationStatus.Registered ? gathering.MeetingUrl : null);
    }

    private Task PublishAsync(
        SeatsStatus seats, SeatSequences sequences, IReadOnlyList<MemberRegistration> changes, string title, string actorId, DateTimeOffset now, CancellationToken ct) =>
        SeatKeeper.PublishAsync(bus, notifier, seats, sequences, changes, title, actorId, now, ct);
}
