using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Moderation;
using BeneluxClimate.Domain.Partnerships;
using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Domain.Security;
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
public sealed class SessionRoomService(
    IDbContextFactory<ClimateDbContext> contexts,
    WriteRateLimiter limiter,
    IOptions<SessionOptions> options,
    ILiveBus bus,
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
        if (!actor.IsSignedIn)
        {
            return CommandResult.Refused(Refusal.NotSignedIn);
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
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
        await using var db = await contexts.CreateDbContextAsync(ct);
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

    // ---- Questions ----

    /// <summary>An attendee asks a question (up to <see cref="Question.TextMaxLength"/> characters), once per client id.</summary>
    public async Task<QuestionPosting> AskAsync(Actor actor, int gatheringId, Guid clientId, string? text, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var (gathering, _, refusal) = await ParticipationAsync(db, actor, gatheringId, ct, allowStored: true);
        if (refusal is { } refused)
        {
            return new(CommandResult.Refused(refused), null);
        }

        if (clientId == Guid.Empty)
        {
            return new(CommandResult.Refused(Refusal.InvalidInput), null);
        }

        if (await StoredQuestionAsync(db, actor, clientId, ct) is { } stored)
        {
            return stored;
        }

        if (RoomClosedOrSuspended(gathering!) is { } notNow)
        {
            return new(CommandResult.Refused(notNow), null);
        }

        if (await SuspendedAsync(db, actor, ct) is { } suspended)
        {
            return new(CommandResult.Refused(suspended), null);
        }

        var body = text?.Trim() ?? "";
        if (Validate(body, "Text", Question.TextMaxLength) is { } problem)
        {
            return new(CommandResult.Invalid([problem]), null);
        }

        if (!limiter.TryAcquire("SessionAsk", actor.UserId!))
        {
            return new(CommandResult.Refused(Refusal.RateLimited), null);
        }

        var now = time.GetUtcNow();
        var question = new Question { GatheringId = gatheringId, AuthorId = actor.UserId!, ClientId = clientId, Text = body, CreatedAtUtc = now };
        long sequence;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            sequence = await db.NextSequenceAsync(LiveTopics.Session(gatheringId), ct);
            db.SessionQuestions.Add(question);
            try
            {
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
            }
            catch (DbUpdateException)
            {
                await transaction.RollbackAsync(ct);
                await using var fresh = await contexts.CreateDbContextAsync(ct);
                return await StoredQuestionAsync(fresh, actor, clientId, ct) ?? new(CommandResult.Refused(Refusal.Conflict), null);
            }
        }

        var view = (await QuestionViewsAsync(db, [question], ct)).Single();
        await bus.PublishAsync(new LiveEvent(LiveTopics.Session(gatheringId), sequence, SessionEvents.QuestionAsked, view, Audience.Members, now));
        await feed.RecordAsync(new ActivityRecord(ActivityKind.QuestionAsked, actor.UserId, body, $"events/{gatheringId}/live#question-{question.Id}",
            Countries(gathering!), gathering!.Themes), ct);
        return new(CommandResult.Ok, view);
    }

    /// <summary>An attendee upvotes a question, once: a second upvote changes nothing (and is not refused).</summary>
    public async Task<CommandResult> UpvoteAsync(Actor actor, long questionId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var question = await db.SessionQuestions.AsNoTracking().SingleOrDefaultAsync(q => q.Id == questionId, ct);
        if (question is null)
        {
            return CommandResult.Refused(actor.IsSignedIn ? Refusal.NotFound : Refusal.NotSignedIn);
        }

        var (gathering, access, refusal) = await ParticipationAsync(db, actor, question.GatheringId, ct, allowStored: true);
        if (refusal is { } refused)
        {
            return CommandResult.Refused(refused);
        }

        if (question.IsHidden && access < SessionAccess.Moderator)
        {
            return CommandResult.Refused(Refusal.NotFound);
        }

        if (await db.SessionQuestionUpvotes.AnyAsync(u => u.QuestionId == questionId && u.MemberId == actor.UserId, ct))
        {
            return CommandResult.Ok; // one upvote per attendee
        }

        if (RoomClosedOrSuspended(gathering!) is { } notNow)
        {
            return CommandResult.Refused(notNow);
        }

        if (await SuspendedAsync(db, actor, ct) is { } suspended)
        {
            return CommandResult.Refused(suspended);
        }

        if (!limiter.TryAcquire("SessionUpvote", actor.UserId!))
        {
            return CommandResult.Refused(Refusal.RateLimited);
        }

        var now = time.GetUtcNow();
        long sequence;
        int count;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            sequence = await db.NextSequenceAsync(LiveTopics.Session(question.GatheringId), ct);
            db.SessionQuestionUpvotes.Add(new QuestionUpvote { QuestionId = questionId, MemberId = actor.UserId!, UpvotedAtUtc = now });
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                await transaction.RollbackAsync(ct);
                return CommandResult.Ok; // a concurrent upvote by the same member got there first
            }

            await db.SessionQuestions.Where(q => q.Id == questionId).ExecuteUpdateAsync(s => s.SetProperty(q => q.UpvoteCount, q => q.UpvoteCount + 1), ct);
            count = await db.SessionQuestions.Where(q => q.Id == questionId).Select(q => q.UpvoteCount).SingleAsync(ct);
            await transaction.CommitAsync(ct);
        }

        await bus.PublishAsync(new LiveEvent(LiveTopics.Session(question.GatheringId), sequence, SessionEvents.UpvotesChanged,
            new QuestionUpvotes(questionId, count), Audience.Members, now));
        return CommandResult.Ok;
    }

    /// <summary>A host or moderator marks a question answered.</summary>
    public Task<CommandResult> MarkAnsweredAsync(Actor actor, long questionId, CancellationToken ct = default) =>
        FlagQuestionAsync(actor, questionId, answered: true, ct);

    /// <summary>A host or moderator hides a question: attendees no longer see it; hosts and moderators see it as hidden.</summary>
    public Task<CommandResult> HideQuestionAsync(Actor actor, long questionId, CancellationToken ct = default) =>
        FlagQuestionAsync(actor, questionId, answered: false, ct);

    private async Task<CommandResult> FlagQuestionAsync(Actor actor, long questionId, bool answered, CancellationToken ct)
    {
        if (!actor.IsSignedIn)
        {
            return CommandResult.Refused(Refusal.NotSignedIn);
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var question = await db.SessionQuestions.SingleOrDefaultAsync(q => q.Id == questionId, ct);
        var gathering = question is null ? null : await db.Gatherings.AsNoTracking().SingleOrDefaultAsync(g => g.Id == question.GatheringId, ct);
        if (question is null || gathering is null)
        {
            return CommandResult.Refused(Refusal.NotFound);
        }

        var access = await AccessAsync(db, actor, gathering, ct);
        if (access < SessionAccess.Moderator)
        {
            return CommandResult.Refused(gathering.IsHidden ? Refusal.NotFound : Refusal.Forbidden);
        }

        if (answered ? question.IsAnswered : question.IsHidden)
        {
            return CommandResult.Ok;
        }

        if (answered && gathering.RoomState == RoomState.Closed)
        {
            return CommandResult.Refused(Refusal.Locked); // the closed room is read-only; hiding stays possible for moderation
        }

        if (answered)
        {
            question.IsAnswered = true;
        }
        else
        {
            question.IsHidden = true;
        }

        var now = time.GetUtcNow();
        long sequence;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            sequence = await db.NextSequenceAsync(LiveTopics.Session(gathering.Id), ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }

        await bus.PublishAsync(new LiveEvent(LiveTopics.Session(gathering.Id), sequence, answered ? SessionEvents.QuestionAnswered : SessionEvents.QuestionHidden,
            new QuestionFlags(question.Id, question.IsAnswered, question.IsHidden), Audience.Members, now));
        return CommandResult.Ok;
    }

    // ---- Polls ----

    /// <summary>A host prepares a poll (a draft only hosts see) while the room is not closed.</summary>
    public async Task<PollCreation> CreatePollAsync(Actor actor, int gatheringId, PollInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!actor.IsSignedIn)
        {
            return new(CommandResult.Refused(Refusal.NotSignedIn), null);
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
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
        if (!actor.IsSignedIn)
        {
            return CommandResult.Refused(Refusal.NotSignedIn);
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
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
        ArgumentNullException.ThrowIfNull(optionIds);
        await using var db = await contexts.CreateDbContextAsync(ct);
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

        if (poll.State != PollState.Open || RoomClosedOrSuspended(gathering!) is not null)
        {
            return CommandResult.Refused(Refusal.Locked);
        }

        var chosen = optionIds.Distinct().ToList();
        var valid = poll.Options.Select(o => o.Id).ToHashSet();
        if (chosen.Count == 0 || chosen.Any(id => !valid.Contains(id)) || (poll.Kind == PollKind.SingleChoice && chosen.Count != 1))
        {
            return CommandResult.Invalid([new FieldProblem("Options", poll.Kind == PollKind.SingleChoice ? "ChooseOne" : "ChooseAtLeastOne")]);
        }

        if (await SuspendedAsync(db, actor, ct) is { } suspended)
        {
            return CommandResult.Refused(suspended);
        }

        if (!limiter.TryAcquire("SessionVote", actor.UserId!))
        {
            return CommandResult.Refused(Refusal.RateLimited);
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

    // ---- Chat ----

    /// <summary>An attendee sends a chat line: the same length limit, rate limit and suspension rule as comments; once per client id.</summary>
    public async Task<ChatPosting> ChatAsync(Actor actor, int gatheringId, Guid clientId, string? text, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var (gathering, _, refusal) = await ParticipationAsync(db, actor, gatheringId, ct, allowStored: true);
        if (refusal is { } refused)
        {
            return new(CommandResult.Refused(refused), null);
        }

        if (clientId == Guid.Empty)
        {
            return new(CommandResult.Refused(Refusal.InvalidInput), null);
        }

        if (await StoredChatAsync(db, actor, clientId, ct) is { } stored)
        {
            return stored;
        }

        if (RoomClosedOrSuspended(gathering!) is { } notNow)
        {
            return new(CommandResult.Refused(notNow), null);
        }

        if (await SuspendedAsync(db, actor, ct) is { } suspended)
        {
            return new(CommandResult.Refused(suspended), null);
        }

        var body = text?.Trim() ?? "";
        if (Validate(body, "Text", ChatMessage.TextMaxLength) is { } problem)
        {
            return new(CommandResult.Invalid([problem]), null);
        }

        if (!limiter.TryAcquire("SessionChat", actor.UserId!))
        {
            return new(CommandResult.Refused(Refusal.RateLimited), null);
        }

        var now = time.GetUtcNow();
        var message = new ChatMessage { GatheringId = gatheringId, AuthorId = actor.UserId!, ClientId = clientId, Text = body, CreatedAtUtc = now };
        long sequence;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            sequence = await db.NextSequenceAsync(LiveTopics.Session(gatheringId), ct);
            db.SessionChatMessages.Add(message);
            try
            {
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
            }
            catch (DbUpdateException)
            {
                await transaction.RollbackAsync(ct);
                await using var fresh = await contexts.CreateDbContextAsync(ct);
                return await StoredChatAsync(fresh, actor, clientId, ct) ?? new(CommandResult.Refused(Refusal.Conflict), null);
            }
        }

        var view = (await ChatViewsAsync(db, [message], ct)).Single();
        await bus.PublishAsync(new LiveEvent(LiveTopics.Session(gatheringId), sequence, SessionEvents.ChatPosted, view, Audience.Members, now));
        await feed.RecordAsync(new ActivityRecord(ActivityKind.ChatMessagePosted, actor.UserId, body, $"events/{gatheringId}/live#chat-{message.Id}",
            Countries(gathering!), gathering!.Themes), ct);
        return new(CommandResult.Ok, view);
    }

    /// <summary>A host or moderator hides a chat line, in an open or closed room.</summary>
    public async Task<CommandResult> HideChatAsync(Actor actor, long messageId, CancellationToken ct = default)
    {
        if (!actor.IsSignedIn)
        {
            return CommandResult.Refused(Refusal.NotSignedIn);
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var message = await db.SessionChatMessages.SingleOrDefaultAsync(m => m.Id == messageId, ct);
        var gathering = message is null ? null : await db.Gatherings.AsNoTracking().SingleOrDefaultAsync(g => g.Id == message.GatheringId, ct);
        if (message is null || gathering is null)
        {
            return CommandResult.Refused(Refusal.NotFound);
        }

        var access = await AccessAsync(db, actor, gathering, ct);
        if (access < SessionAccess.Moderator)
        {
            return CommandResult.Refused(gathering.IsHidden ? Refusal.NotFound : Refusal.Forbidden);
        }

        if (message.IsHidden)
        {
            return CommandResult.Ok;
        }

        message.IsHidden = true;
        var now = time.GetUtcNow();
        long sequence;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            sequence = await db.NextSequenceAsync(LiveTopics.Session(gathering.Id), ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }

        await bus.PublishAsync(new LiveEvent(LiveTopics.Session(gathering.Id), sequence, SessionEvents.ChatHidden, new HiddenChatMessage(messageId), Audience.Members, now));
        return CommandResult.Ok;
    }

    // ---- Reading ----

    /// <summary>The room as this viewer sees it, at the topic's sequence number (read first).</summary>
    public async Task<Result<SessionRoomView>> RoomAsync(Actor viewer, int gatheringId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var sequence = await db.CurrentSequenceAsync(LiveTopics.Session(gatheringId), ct);
        var gathering = await db.Gatherings.AsNoTracking().SingleOrDefaultAsync(g => g.Id == gatheringId, ct);
        if (gathering is null)
        {
            return Result<SessionRoomView>.Refused(Refusal.NotFound);
        }

        var access = await AccessAsync(db, viewer, gathering, ct);
        if (gathering.IsHidden && access < SessionAccess.Moderator)
        {
            return Result<SessionRoomView>.Refused(Refusal.NotFound);
        }

        var empty = new SessionRoomView(gathering.Id, gathering.Title, gathering.StartsAtUtc, gathering.EndsAtUtc, gathering.RoomState,
            gathering.RoomOpenedAtUtc, gathering.RoomClosedAtUtc, gathering.RequiresRegistration, access, [], [], [], [],
            new Dictionary<long, IReadOnlyList<long>>(), sequence);
        if (!empty.MayEnter)
        {
            return Result<SessionRoomView>.Ok(empty);
        }

        var staff = empty.MayModerate;
        var questions = await db.SessionQuestions.AsNoTracking().Where(q => q.GatheringId == gatheringId && (staff || !q.IsHidden))
            .OrderByDescending(q => q.UpvoteCount).ThenBy(q => q.CreatedAtUtc).ThenBy(q => q.Id).Take(Limits.QuestionLimit).ToListAsync(ct);
        var host = empty.IsHost;
        var polls = await db.SessionPolls.AsNoTracking().Include(p => p.Options)
            .Where(p => p.GatheringId == gatheringId && (host || p.State != PollState.Draft))
            .OrderBy(p => p.Id).Take(Limits.MaxPolls).ToListAsync(ct);
        var chat = await db.SessionChatMessages.AsNoTracking().Where(m => m.GatheringId == gatheringId && (staff || !m.IsHidden))
            .OrderByDescending(m => m.Id).Take(Limits.ChatLimit).ToListAsync(ct);
        chat.Reverse();
        var questionIds = questions.Select(q => q.Id).ToList();
        var pollIds = polls.Select(p => p.Id).ToList();
        var ownUpvotes = await db.SessionQuestionUpvotes.AsNoTracking().Where(u => u.MemberId == viewer.UserId && questionIds.Contains(u.QuestionId))
            .Select(u => u.QuestionId).ToListAsync(ct);
        var ownVotes = (await db.SessionPollVotes.AsNoTracking().Where(v => v.MemberId == viewer.UserId && pollIds.Contains(v.PollId))
                .Select(v => new { v.PollId, v.OptionId }).ToListAsync(ct))
            .GroupBy(v => v.PollId).ToDictionary(g => g.Key, g => (IReadOnlyList<long>)g.Select(v => v.OptionId).ToList());
        var people = await MemberRefs.LoadAsync(db, questions.Select(q => q.AuthorId).Concat(chat.Select(m => m.AuthorId)), ct);
        return Result<SessionRoomView>.Ok(empty with
        {
            Questions = questions.Select(q => QuestionViewOf(q, people)).ToList(),
            Polls = polls.Select(PollViewOf).ToList(),
            Chat = chat.Select(m => ChatViewOf(m, people)).ToList(),
            OwnUpvotes = ownUpvotes,
            OwnVotes = ownVotes,
        });
    }

    /// <summary>
    /// What the room left behind, for anyone who may see the event: attendance, the top questions and the results of
    /// the polls that were opened.
    /// </summary>
    public async Task<Result<SessionSummary>> SummaryAsync(Actor viewer, int gatheringId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var gathering = await db.Gatherings.AsNoTracking().SingleOrDefaultAsync(g => g.Id == gatheringId, ct);
        if (gathering is null || (gathering.IsHidden && await AccessAsync(db, viewer, gathering, ct) < SessionAccess.Moderator))
        {
            return Result<SessionSummary>.Refused(Refusal.NotFound);
        }

        var attendance = await db.SessionRoomEntries.CountAsync(e => e.GatheringId == gatheringId, ct);
        var questionCount = await db.SessionQuestions.CountAsync(q => q.GatheringId == gatheringId && !q.IsHidden, ct);
        var top = await db.SessionQuestions.AsNoTracking().Where(q => q.GatheringId == gatheringId && !q.IsHidden)
            .OrderByDescending(q => q.UpvoteCount).ThenBy(q => q.CreatedAtUtc).ThenBy(q => q.Id).Take(Limits.SummaryTopQuestions).ToListAsync(ct);
        var polls = await db.SessionPolls.AsNoTracking().Include(p => p.Options)
            .Where(p => p.GatheringId == gatheringId && p.State != PollState.Draft).OrderBy(p => p.Id).Take(Limits.MaxPolls).ToListAsync(ct);
        var people = await MemberRefs.LoadAsync(db, top.Select(q => q.AuthorId), ct);
        return Result<SessionSummary>.Ok(new SessionSummary(gathering.Id, gathering.Title, gathering.RoomState, gathering.RoomClosedAtUtc, attendance, questionCount,
            top.Select(q => QuestionViewOf(q, people)).ToList(), polls.Select(PollViewOf).ToList()));
    }

    /// <summary>The room topic's current number (read before the view, so nothing falls between).</summary>
    public async Task<long> SequenceAsync(int gatheringId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.CurrentSequenceAsync(LiveTopics.Session(gatheringId), ct);
    }

    // ---- Rules ----

    /// <summary>What this viewer may do in this event's room (hidden events are the callers' concern).</summary>
    private static async Task<SessionAccess> AccessAsync(ClimateDbContext db, Actor actor, Gathering gathering, CancellationToken ct)
    {
        if (actor.UserId is not { } userId)
        {
            return SessionAccess.NotSignedIn;
        }

        if (gathering.IsHostedBy(userId) || actor.IsAdmin)
        {
            return SessionAccess.Host;
        }

        if (actor.IsModerator)
        {
            return SessionAccess.Moderator;
        }

        if (!gathering.RequiresRegistration)
        {
            return SessionAccess.Attendee;
        }

        return await db.Registrations.AnyAsync(r => r.GatheringId == gathering.Id && r.MemberId == userId && r.Status == RegistrationStatus.Registered, ct)
            ? SessionAccess.Attendee
            : SessionAccess.NotRegistered;
    }

    /// <summary>Loads the event and checks that the actor may take part in its room (the room's state is checked by the caller).</summary>
    private static async Task<(Gathering? Gathering, SessionAccess Access, Refusal? Refusal)> ParticipationAsync(
        ClimateDbContext db, Actor actor, int gatheringId, CancellationToken ct, bool allowStored = false)
    {
        if (!actor.IsSignedIn)
        {
            return (null, SessionAccess.NotSignedIn, Refusal.NotSignedIn);
        }

        var gathering = await db.Gatherings.AsNoTracking().SingleOrDefaultAsync(g => g.Id == gatheringId, ct);
        if (gathering is null)
        {
            return (null, SessionAccess.NotSignedIn, Refusal.NotFound);
        }

        var access = await AccessAsync(db, actor, gathering, ct);
        if (gathering.IsHidden && access < SessionAccess.Moderator)
        {
            return (null, access, Refusal.NotFound);
        }

        if (access < SessionAccess.Attendee)
        {
            return (null, access, Refusal.Forbidden); // not registered for an event that requires it
        }

        if (!allowStored && gathering.RoomState != RoomState.Open)
        {
            return (gathering, access, Refusal.Locked);
        }

        return (gathering, access, null);
    }

    private static Refusal? RoomClosedOrSuspended(Gathering gathering) => gathering.RoomState == RoomState.Open ? null : Refusal.Locked;

    /// <summary>Suspended and banned members are refused before their session notices (as in discussions).</summary>
    private async Task<Refusal?> SuspendedAsync(ClimateDbContext db, Actor actor, CancellationToken ct)
    {
        var lockedOutUntil = await db.Users.Where(u => u.Id == actor.UserId).Select(u => u.LockoutEnd).SingleOrDefaultAsync(ct);
        return lockedOutUntil > time.GetUtcNow() ? Refusal.Forbidden : null;
    }

    private static FieldProblem? Validate(string text, string field, int max) =>
        text.Length == 0 ? new(field, "Required") : text.Length > max ? new(field, "TooLong", max) : null;

    private static Audience HostsOf(Gathering gathering, Actor actor) => Audience.Named([gathering.HostId, .. gathering.CoHostIds, actor.UserId!]);

    private static string[] Countries(Gathering gathering) => gathering.VenueCountryCode is { } country ? [country] : [];

    private static async Task<QuestionPosting?> StoredQuestionAsync(ClimateDbContext db, Actor actor, Guid clientId, CancellationToken ct)
    {
        var stored = await db.SessionQuestions.AsNoTracking().SingleOrDefaultAsync(q => q.AuthorId == actor.UserId && q.ClientId == clientId, ct);
        return stored is null ? null : new(CommandResult.Ok, (await QuestionViewsAsync(db, [stored], ct)).Single());
    }

    private static async Task<ChatPosting?> StoredChatAsync(ClimateDbContext db, Actor actor, Guid clientId, CancellationToken ct)
    {
        var stored = await db.SessionChatMessages.AsNoTracking().SingleOrDefaultAsync(m => m.AuthorId == actor.UserId && m.ClientId == clientId, ct);
        return stored is null ? null : new(CommandResult.Ok, (await ChatViewsAsync(db, [stored], ct)).Single());
    }

    private static async Task<PollCreation?> StoredPollAsync(ClimateDbContext db, Actor actor, Guid clientId, CancellationToken ct)
    {
        var stored = await db.SessionPolls.AsNoTracking().Include(p => p.Options).SingleOrDefaultAsync(p => p.CreatedById == actor.UserId && p.ClientId == clientId, ct);
        return stored is null ? null : new(CommandResult.Ok, PollViewOf(stored));
    }

    internal static async Task<List<QuestionView>> QuestionViewsAsync(ClimateDbContext db, List<Question> questions, CancellationToken ct)
    {
        var people = await MemberRefs.LoadAsync(db, questions.Select(q => q.AuthorId), ct);
        return questions.Select(q => QuestionViewOf(q, people)).ToList();
    }

    internal static async Task<List<ChatMessageView>> ChatViewsAsync(ClimateDbContext db, List<ChatMessage> messages, CancellationToken ct)
    {
        var people = await MemberRefs.LoadAsync(db, messages.Select(m => m.AuthorId), ct);
        return messages.Select(m => ChatViewOf(m, people)).ToList();
    }

    private static QuestionView QuestionViewOf(Question q, Dictionary<string, MemberRef> people) =>
        new(q.Id, q.GatheringId, MemberRefs.Of(people, q.AuthorId), q.Text, q.CreatedAtUtc, q.UpvoteCount, q.IsAnswered, q.IsHidden);

    private static ChatMessageView ChatViewOf(ChatMessage m, Dictionary<string, MemberRef> people) =>
        new(m.Id, m.GatheringId, m.ClientId, MemberRefs.Of(people, m.AuthorId), m.IsHidden ? "" : m.Text, m.CreatedAtUtc, m.IsHidden);

    private static PollView PollViewOf(Poll p) =>
        new(p.Id, p.GatheringId, p.Question, p.Kind, p.State, p.VoterCount,
            p.Options.OrderBy(o => o.Position).Select(o => new PollOptionView(o.Id, o.Text, o.VoteCount)).ToList());
}
