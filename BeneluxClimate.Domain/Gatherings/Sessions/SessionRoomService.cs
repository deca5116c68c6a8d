using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Moderation;
using BeneluxClimate.Domain.Partnerships;
using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Domain.Showcase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BeneluxClimate.Domain.Gatherings.Sessions;

/// <summary>
/// An event's live session room: hosts open and close it; inside, attendees ask and upvote questions, vote in polls
/// and chat. Only registered attendees (plus hosts and moderators) enter the room of an event that requires
/// registration; a closed room is read-only. Every change is numbered on the room's topic inside its transaction,
/// counters move in the same transaction (unique indexes make a second upvote or vote change nothing), and the
/// change is published after the commit with everything viewers need to apply it.
/// </summary>
public sealed partial class SessionRoomService(
    IDbContextFactory<ClimateDbContext> contexts,
    Commands commands,
    WriteRateLimiter limiter,
    IOptions<SessionOptions> options,
    IOptions<DiscussionOptions> discussion,
    ILiveBus bus,
    ImpactDashboard dashboard,
    ActivityFeed feed,
    TimeProvider time)
{
    private SessionOptions Limits => options.Value;

    // ---- The room ----

    /// <summary>A host, co-host or admin opens the room (again, after closing it).</summary>
    public Task<CommandResult> OpenAsync(Actor actor, int gatheringId, CancellationToken ct = default) =>
        SetRoomStateAsync(actor, gatheringId, RoomState.Open, ct);

    /// <summary>A host, co-host or admin closes the room: it becomes read-only and its open polls close.</summary>
    public Task<CommandResult> CloseAsync(Actor actor, int gatheringId, CancellationToken ct = default) =>
        SetRoomStateAsync(actor, gatheringId, RoomState.Closed, ct);

    private async Task<CommandResult> SetRoomStateAsync(Actor actor, int gatheringId, RoomState state, CancellationToken ct)
    {
        await using var command = await commands.BeginAsync(actor, ct);
        if (command.Refused is { } standing)
        {
            return CommandResult.Refused(standing);
        }

        actor = command.Actor;
        var db = command.Db;

        if (!actor.IsSignedIn)
        {
            return CommandResult.Refused(Refusal.NotSignedIn);
        }

        var gathering = await db.Gatherings.SingleOrDefaultAsync(g => g.Id == gatheringId, ct);
        var access = gathering is null ? SessionAccess.NotSignedIn : await AccessAsync(db, actor, gathering, ct);
        if (gathering is null || (gathering.IsHidden && access < SessionAccess.Moderator))
        {
            return CommandResult.Refused(Refusal.NotFound);
        }

        if (access != SessionAccess.Host)
        {
            return CommandResult.Refused(Refusal.Forbidden);
        }

        if (gathering.RoomState == state)
        {
            return CommandResult.Ok;
        }

        if (state == RoomState.Closed && gathering.RoomState != RoomState.Open)
        {
            return CommandResult.Refused(Refusal.Conflict); // a room that never opened has nothing to close
        }

        var now = time.GetUtcNow();
        gathering.RoomState = state;
        if (state == RoomState.Open)
        {
            gathering.RoomOpenedAtUtc = now;
            gathering.RoomClosedAtUtc = null;
        }
        else
        {
            gathering.RoomClosedAtUtc = now;
        }

        gathering.Version = Guid.NewGuid();
        long sessionSequence, eventSequence, listSequence;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            sessionSequence = await db.NextSequenceAsync(LiveTopics.Session(gatheringId), ct);
            eventSequence = await db.NextSequenceAsync(LiveTopics.Event(gatheringId), ct);
            listSequence = await db.NextSequenceAsync(LiveTopics.Events, ct);
            try
            {
                await db.SaveChangesAsync(ct);
                if (state == RoomState.Closed)
                {
                    await db.SessionPolls.Where(p => p.GatheringId == gatheringId && p.State == PollState.Open)
                        .ExecuteUpdateAsync(s => s.SetProperty(p => p.State, PollState.Closed).SetProperty(p => p.ClosedAtUtc, now), ct);
                }

                await transaction.CommitAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                return CommandResult.Refused(Refusal.Conflict);
            }
        }

        var status = new RoomStatus(gatheringId, state, now);
        await bus.PublishAsync(new LiveEvent(LiveTopics.Session(gatheringId), sessionSequence, GatheringEvents.RoomStateChanged, status, Audience.Public, now));
        await bus.PublishAsync(new LiveEvent(LiveTopics.Event(gatheringId), eventSequence, GatheringEvents.RoomStateChanged, status, Audience.Public, now));
        await bus.PublishAsync(new LiveEvent(LiveTopics.Events, listSequence, GatheringEvents.RoomStateChanged, status, Audience.Public, now));
        return CommandResult.Ok;
    }

    /// <summary>
    /// Records that the member is in the open room (once per member: the summary's attendance). Refused to
    /// members who may not enter, and while the room is not open.
    /// </summary>
    public async Task<CommandResult> EnterAsync(Actor actor, int gatheringId, CancellationToken ct = default)
    {
        await using var command = await commands.BeginAsync(actor, ct);
        if (command.Refused is { } standing)
        {
            return CommandResult.Refused(standing);
        }

        actor = command.Actor;
        var db = command.Db;

        var (gathering, _, refusal) = await ParticipationAsync(db, actor, gatheringId, ct);
        if (refusal is { } refused)
        {
            return CommandResult.Refused(refused);
        }

        if (await db.SessionRoomEntries.AnyAsync(e => e.GatheringId == gatheringId && e.MemberId == actor.UserId, ct))
        {
            return CommandResult.Ok;
        }

        db.SessionRoomEntries.Add(new RoomEntry { GatheringId = gathering!.Id, MemberId = actor.UserId!, FirstEnteredAtUtc = time.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another tab of the same member entered at the same moment: one entry is what counts.
        }

        return CommandResult.Ok;
    }
}
