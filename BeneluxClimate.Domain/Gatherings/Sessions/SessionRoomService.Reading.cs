using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Moderation;
using BeneluxClimate.Domain.Partnerships;
using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Domain.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;


namespace BeneluxClimate.Domain.Gatherings.Sessions;

/// <summary>The room and its summary as a viewer sees them.</summary>
public sealed partial class SessionRoomService
{
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

        // Hosts and moderators see hidden lines marked; an author sees their own, with the statement of reasons.
        var staff = empty.MayModerate;
        var self = viewer.UserId;
        var questions = await db.SessionQuestions.AsNoTracking().Where(q => q.GatheringId == gatheringId && (staff || !q.IsHidden || q.AuthorId == self))
            .OrderByDescending(q => q.UpvoteCount).ThenBy(q => q.CreatedAtUtc).ThenBy(q => q.Id).Take(Limits.QuestionLimit).ToListAsync(ct);
        var host = empty.IsHost;
        var polls = await db.SessionPolls.AsNoTracking().Include(p => p.Options)
            .Where(p => p.GatheringId == gatheringId && (host || p.State != PollState.Draft))
            .OrderBy(p => p.Id).Take(Limits.MaxPolls).ToListAsync(ct);
        var chat = await db.SessionChatMessages.AsNoTracking().Where(m => m.GatheringId == gatheringId && (staff || !m.IsHidden || m.AuthorId == self))
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
            Chat = chat.Select(m => m.IsHidden && m.AuthorId == self ? ChatViewOf(m, people) with { Text = m.Text } : ChatViewOf(m, people)).ToList(),
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
}
