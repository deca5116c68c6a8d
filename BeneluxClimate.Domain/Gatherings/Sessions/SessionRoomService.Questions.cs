using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Moderation;
using BeneluxClimate.Domain.Partnerships;
using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Domain.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;


namespace BeneluxClimate.Domain.Gatherings.Sessions;

/// <summary>The room's questions: asking, upvoting, marking answered and hiding.</summary>
public sealed partial class SessionRoomService
{
    /// <summary>An attendee asks a question (up to <see cref="Question.TextMaxLength"/> characters), once per client id.</summary>
    public async Task<QuestionPosting> AskAsync(Actor actor, int gatheringId, Guid clientId, string? text, CancellationToken ct = default)
    {
        var posted = await PostLineAsync(QuestionLines, actor, gatheringId, clientId, text, ct);
        return new(posted.Result, posted.View);
    }

    /// <summary>An attendee upvotes a question, once: a second upvote changes nothing (and is not refused).</summary>
    public async Task<CommandResult> UpvoteAsync(Actor actor, long questionId, CancellationToken ct = default)
    {
        await using var command = await commands.BeginAsync(actor, ct);
        if (command.Refused is { } standing)
        {
            return CommandResult.Refused(standing);
        }

        actor = command.Actor;
        var db = command.Db;

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

        if (RoomNotOpen(gathering!) is { } notNow)
        {
            return CommandResult.Refused(notNow);
        }

        if (WriterRefusal(actor, "SessionUpvote") is { } writer)
        {
            return CommandResult.Refused(writer);
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
        MarkQuestionAnsweredAsync(actor, questionId, ct);

    /// <summary>
    /// A host or moderator hides a question, with a reason: attendees no longer see it; hosts and moderators see it as
    /// hidden; its author sees it marked hidden with the statement of reasons and may appeal. On the audit log.
    /// </summary>
    public Task<CommandResult> HideQuestionAsync(Actor actor, long questionId, ReportReason reason, CancellationToken ct = default) =>
        HideLineAsync(actor, new TargetRef(ReportTarget.Question, questionId), reason, ct);

    private async Task<CommandResult> MarkQuestionAnsweredAsync(Actor actor, long questionId, CancellationToken ct)
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

        if (question.IsAnswered)
        {
            return CommandResult.Ok;
        }

        if (gathering.RoomState == RoomState.Closed)
        {
            return CommandResult.Refused(Refusal.Locked); // the closed room is read-only; hiding stays possible for moderation
        }

        question.IsAnswered = true;

        var now = time.GetUtcNow();
        long sequence;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            sequence = await db.NextSequenceAsync(LiveTopics.Session(gathering.Id), ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }

        await bus.PublishAsync(new LiveEvent(LiveTopics.Session(gathering.Id), sequence, SessionEvents.QuestionAnswered,
            new QuestionFlags(question.Id, question.IsAnswered, question.IsHidden), Audience.Members, now));
        return CommandResult.Ok;
    }
}
