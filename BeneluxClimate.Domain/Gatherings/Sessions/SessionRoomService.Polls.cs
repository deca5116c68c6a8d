using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Moderation;
using BeneluxClimate.Domain.Partnerships;
using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Domain.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;


namespace BeneluxClimate.Domain.Gatherings.Sessions;

/// <summary>The room's polls: preparing, opening, closing and voting.</summary>
public sealed partial class SessionRoomService
{
    /// <summary>A host prepares a poll (a draft only hosts see) while the room is not closed.</summary>
    public async Task<PollCreation> CreatePollAsync(Actor actor, int gatheringId, PollInput input, CancellationToken ct = default)
    {
        await using var command = await commands.BeginAsync(actor, ct);
        if (command.Refused is { } standing)
        {
            return new(CommandResult.Refused(standing), null);
        }

        actor = command.Actor;
        var db = command.Db;

        ArgumentNullException.ThrowIfNull(input);
        if (!actor.IsSignedIn)
        {
            return new(CommandResult.Refused(Refusal.NotSignedIn), null);
        }

        var gathering = await db.Gatherings.AsNoTracking().SingleOrDefaultAsync(g => g.Id == gatheringId, ct);
        if (gathering is null)
        {
            return new(CommandResult.Refused(Refusal.NotFound), null);
        }

        var access = await AccessAsync(db, actor, gathering, ct);
        if (access != SessionAccess.Host)
        {
            return new(CommandResult.Refused(gathering.IsHidden && access < SessionAccess.Moderator ? Refusal.NotFound : Refusal.Forbidden), null);
        }

        if (input.ClientId == Guid.Empty)
        {
            return new(CommandResult.Refused(Refusal.InvalidInput), null);
        }

        if (await StoredPollAsync(db, actor, input.ClientId, ct) is { } stored)
        {
            return stored;
        }

        if (gathering.RoomState == RoomState.Closed)
        {
            return new(CommandResult.Refused(Refusal.Locked), null);
        }

        var question = input.Question?.Trim() ?? "";
        var answers = (input.Options ?? []).Select(o => o?.Trim() ?? "").Where(o => o.Length > 0).ToList();
        var problems = new List<FieldProblem>();
        if (Validate(question, nameof(PollInput.Question), Poll.QuestionMaxLength) is { } problem)
        {
            problems.Add(problem);
        }

        if (!Enum.IsDefined(input.Kind))
        {
            problems.Add(new(nameof(PollInput.Kind), "Invalid"));
        }

        if (answers.Count < Poll.MinOptions)
        {
            problems.Add(new(nameof(PollInput.Options), "TooFew", Poll.MinOptions));
        }
        else if (answers.Count > Poll.MaxOptions)
        {
            problems.Add(new(nameof(PollInput.Options), "TooMany", Poll.MaxOptions));
        }
        else if (answers.Any(a => a.Length > PollOption.TextMaxLength))
        {
            problems.Add(new(nameof(PollInput.Options), "TooLong", PollOption.TextMaxLength));
        }
        else if (answers.Distinct(StringComparer.OrdinalIgnoreCase).Count() != answers.Count)
        {
            problems.Add(new(nameof(PollInput.Options), "Duplicate"));
        }

        if (problems.Count > 0)
        {
            return new(CommandResult.Invalid(problems), null);
        }

        if (await db.SessionPolls.CountAsync(p => p.GatheringId == gatheringId, ct) >= Limits.MaxPolls)
        {
            return new(CommandResult.Invalid([new(nameof(PollInput.Options), "TooManyPolls", Limits.MaxPolls)]), null);
        }

        if (!limiter.TryAcquire("SessionPoll", actor.UserId!))
        {
            return new(CommandResult.Refused(Refusal.RateLimited), null);
        }

        var now = time.GetUtcNow();
        var poll = new Poll
        {
            GatheringId = gatheringId,
            CreatedById = actor.UserId!,
            ClientId = input.ClientId,
            Question = question,
            Kind = input.Kind,
            State = PollState.Draft,
            CreatedAtUtc = now,
            Options = answers.Select((text, i) => new PollOption { Position = i, Text = text }).ToList(),
        };
        long sequence;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            sequence = await db.NextSequenceAsync(LiveTopics.Session(gatheringId), ct);
            db.SessionPolls.Add(poll);
            try
            {
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
            }
            catch (DbUpdateException)
            {
                await transaction.RollbackAsync(ct);
                await using var fresh = await contexts.CreateDbContextAsync(ct);
                return await StoredPollAsync(fresh, actor, input.ClientId, ct) ?? new(CommandResult.Refused(Refusal.Conflict), null);
            }
        }

        var view = PollViewOf(poll);
        await bus.PublishAsync(new LiveEvent(LiveTopics.Session(gatheringId), sequence, SessionEvents.PollCreated, view, HostsOf(gathering, actor), now));
        return new(CommandResult.Ok, view);
    }

    /// <summary>A host opens a draft poll for votes while the room is open.</summary>
    public Task<CommandResult> OpenPollAsync(Actor actor, long pollId, CancellationToken ct = default) =>
        MovePollAsync(actor, pollId, PollState.Draft, PollState.Open, ct);

    /// <summary>A host closes an open poll: its results stay.</summary>
    public Task<CommandResult> ClosePollAsync(Actor actor, long pollId, CancellationToken ct = default) =>
        MovePollAsync(actor, pollId, PollState.Open, PollState.Closed, ct);

    private async Task<CommandResult> MovePollAsync(Actor actor, long pollId, PollState from, PollState to, CancellationToken ct)
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

        var poll = await db.SessionPolls.Include(p => p.Options).SingleOrDefaultAsync(p => p.Id == pollId, ct);
        var gathering = poll is null ? null : await db.Gatherings.AsNoTracking().SingleOrDefaultAsync(g => g.Id == poll.GatheringId, ct);
        if (poll is null || gathering is null)
        {
            return CommandResult.Refused(Refusal.NotFound);
        }

        var access = await AccessAsync(db, actor, gathering, ct);
        if (access != SessionAccess.Host)
        {
            return CommandResult.Refused(gathering.IsHidden && access < SessionAccess.Moderator ? Refusal.NotFound : Refusal.Forbidden);
        }

        if (poll.State == to)
        {
            return CommandResult.Ok;
        }

        if (poll.State != from || (to == PollState.Open && gathering.RoomState != RoomState.Open))
        {
            return CommandResult.Refused(gathering.RoomState == RoomState.Open ? Refusal.Conflict : Refusal.Locked);
        }

        var now = time.GetUtcNow();
        long sequence;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            sequence = await db.NextSequenceAsync(LiveTopics.Session(gathering.Id), ct);
            // Conditional: a concurrent open or close of the same poll moves it once.
            var moved = await db.SessionPolls.Where(p => p.Id == pollId && p.State == from).ExecuteUpdateAsync(s => s
                .SetProperty(p => p.State, to)
                .SetProperty(p => p.OpenedAtUtc, p => to == PollState.Open ? now : p.OpenedAtUtc)
                .SetProperty(p => p.ClosedAtUtc, p => to == PollState.Closed ? now : p.ClosedAtUtc), ct);
            if (moved == 0)
            {
                await transaction.RollbackAsync(ct);
                return CommandResult.Ok;
            }

            await transaction.CommitAsync(ct);
        }

        await db.Entry(poll).ReloadAsync(ct);
        foreach (var option in poll.Options)
        {
            await db.Entry(option).ReloadAsync(ct);
        }

        await bus.PublishAsync(new LiveEvent(LiveTopics.Session(gathering.Id), sequence, to == PollState.Open ? SessionEvents.PollOpened : SessionEvents.PollClosed,
            PollViewOf(poll), Audience.Members, now));
        return CommandResult.Ok;
    }

    /// <summary>
    /// An attendee votes in an open poll: exactly one option for single choice, a set for multiple choice. One
    /// vote per attendee: a second vote changes nothing (and is not refused).
    /// </summary>
    public async Task<CommandResult> VoteAsync(Actor actor, long pollId, IReadOnlyCollection<long> optionIds, CancellationToken ct = default)
    {
        await using var command = await commands.BeginAsync(actor, ct);
        if (command.Refused is { } standing)
        {
            return CommandResult.Refused(standing);
        }

        actor = command.Actor;
        var db = command.Db;

        ArgumentNullException.ThrowIfNull(optionIds);
        var poll = await db.SessionPolls.AsNoTracking().Include(p => p.Options).SingleOrDefaultAsync(p => p.Id == pollId, ct);
        if (poll is null)
        {
            return CommandResult.Refused(actor.IsSignedIn ? Refusal.NotFound : Refusal.NotSignedIn);
        }

        var (gathering, access, refusal) = await ParticipationAsync(db, actor, poll.GatheringId, ct, allowStored: true);
        if (refusal is { } refused)
        {
            return CommandResult.Refused(refused);
        }

        if (poll.State == PollState.Draft && access != SessionAccess.Host)
        {
            return CommandResult.Refused(Refusal.NotFound);
        }

        if (await db.SessionPollBallots.AnyAsync(b => b.PollId == pollId && b.MemberId == actor.UserId, ct))
        {
            return CommandResult.Ok; // one vote per attendee
        }

        if (poll.State != PollState.Open || RoomNotOpen(gathering!) is not null)
        {
            return CommandResult.Refused(Refusal.Locked);
        }

        var chosen = optionIds.Distinct().ToList();
        var valid = poll.Options.Select(o => o.Id).ToHashSet();
        if (chosen.Count == 0 || chosen.Any(id => !valid.Contains(id)) || (poll.Kind == PollKind.SingleChoice && chosen.Count != 1))
        {
            return CommandResult.Invalid([new FieldProblem("Options", poll.Kind == PollKind.SingleChoice ? "ChooseOne" : "ChooseAtLeastOne")]);
        }

        if (WriterRefusal(actor, "SessionVote") is { } writer)
        {
            return CommandResult.Refused(writer);
        }

        var now = time.GetUtcNow();
        long sequence;
        PollView view;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            sequence = await db.NextSequenceAsync(LiveTopics.Session(poll.GatheringId), ct);
            db.SessionPollBallots.Add(new PollBallot { PollId = pollId, MemberId = actor.UserId!, VotedAtUtc = now });
            db.SessionPollVotes.AddRange(chosen.Select(id => new PollVote { PollId = pollId, OptionId = id, MemberId = actor.UserId!, VotedAtUtc = now }));
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                await transaction.RollbackAsync(ct);
                return CommandResult.Ok; // a concurrent vote by the same member got there first
            }

            // Conditional on the poll still being open, so a vote racing the close is not counted after it.
            var counted = await db.SessionPolls.Where(p => p.Id == pollId && p.State == PollState.Open)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.VoterCount, p => p.VoterCount + 1), ct);
            if (counted == 0)
            {
                await transaction.RollbackAsync(ct);
                return CommandResult.Refused(Refusal.Locked);
            }

            await db.SessionPollOptions.Where(o => o.PollId == pollId && chosen.Contains(o.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.VoteCount, o => o.VoteCount + 1), ct);
            var fresh = await db.SessionPolls.AsNoTracking().Include(p => p.Options).SingleAsync(p => p.Id == pollId, ct);
            view = PollViewOf(fresh);
            await transaction.CommitAsync(ct);
        }

        await bus.PublishAsync(new LiveEvent(LiveTopics.Session(poll.GatheringId), sequence, SessionEvents.PollCountsChanged, view, Audience.Members, now));
        return CommandResult.Ok;
    }
}
