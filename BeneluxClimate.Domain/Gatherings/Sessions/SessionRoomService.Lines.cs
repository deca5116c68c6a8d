using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Moderation;
using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Domain.Security;
using Microsoft.EntityFrameworkCore;

namespace BeneluxClimate.Domain.Gatherings.Sessions;

/// <summary>Sending a line to the room, a question or a chat line: one path with the comments' rules.</summary>
public sealed partial class SessionRoomService
{
    /// <summary>What differs between asking a question and sending a chat line.</summary>
    private sealed record LineKind<TLine, TView>(
        int MaxLength,
        string LimitAction,
        Func<ClimateDbContext, DbSet<TLine>> Set,
        Func<ClimateDbContext, List<TLine>, CancellationToken, Task<List<TView>>> Views,
        string EventKind,
        ActivityKind Activity,
        string Anchor,
        bool CommentPace)
        where TLine : class, IRoomLine;

    /// <summary>What posting a line gave: the stored line, or a refusal and, when the pace held it back, when to retry.</summary>
    private sealed record LinePosting<TView>(CommandResult Result, TView? View = null, DateTimeOffset? RetryAfterUtc = null, bool Duplicate = false)
        where TView : class;

    private static readonly LineKind<Question, QuestionView> QuestionLines = new(
        Question.TextMaxLength, "SessionAsk", db => db.SessionQuestions, QuestionViewsAsync, SessionEvents.QuestionAsked, ActivityKind.QuestionAsked, "question", CommentPace: false);

    private static readonly LineKind<ChatMessage, ChatMessageView> ChatLines = new(
        ChatMessage.TextMaxLength, "SessionChat", db => db.SessionChatMessages, ChatViewsAsync, SessionEvents.ChatPosted, ActivityKind.ChatMessagePosted, "chat", CommentPace: true);

    private async Task<LinePosting<TView>> PostLineAsync<TLine, TView>(
        LineKind<TLine, TView> kind, Actor actor, int gatheringId, Guid clientId, string? text, CancellationToken ct)
        where TLine : class, IRoomLine, new()
        where TView : class
    {
        await using var command = await commands.BeginAsync(actor, ct);
        if (command.Refused is { } standing)
        {
            return new(CommandResult.Refused(standing));
        }

        actor = command.Actor;
        var db = command.Db;
        var (gathering, _, refusal) = await ParticipationAsync(db, actor, gatheringId, ct, allowStored: true);
        if (refusal is { } refused)
        {
            return new(CommandResult.Refused(refused));
        }

        if (clientId == Guid.Empty)
        {
            return new(CommandResult.Refused(Refusal.InvalidInput));
        }

        if (await StoredLineAsync(kind, db, actor, clientId, ct) is { } stored)
        {
            return new(CommandResult.Ok, stored);
        }

        if (RoomNotOpen(gathering!) is { } notNow)
        {
            return new(CommandResult.Refused(notNow));
        }

        var now = time.GetUtcNow();
        var body = text?.Trim() ?? "";
        if (Validate(body, "Text", kind.MaxLength) is { } problem)
        {
            return new(CommandResult.Invalid([problem]));
        }

        if (WriterRefusal(actor, kind.LimitAction) is { } writer)
        {
            return new(CommandResult.Refused(writer));
        }

        var line = new TLine { GatheringId = gatheringId, AuthorId = actor.UserId!, ClientId = clientId, Text = body, CreatedAtUtc = now };
        long sequence;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            // Taking the number first serializes writers in this room, so the pace check sees every earlier line.
            sequence = await db.NextSequenceAsync(LiveTopics.Session(gatheringId), ct);
            if (kind.CommentPace && await ChatRetryAfterAsync(db, actor.UserId!, body, now, ct) is { } pace)
            {
                return new(CommandResult.Refused(Refusal.RateLimited), null, pace.RetryAfter, pace.Duplicate);
            }

            kind.Set(db).Add(line);
            try
            {
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
            }
            catch (DbUpdateException)
            {
                await transaction.RollbackAsync(ct);
                await using var fresh = await contexts.CreateDbContextAsync(ct);
                return await StoredLineAsync(kind, fresh, actor, clientId, ct) is { } raced
                    ? new(CommandResult.Ok, raced)
                    : new(CommandResult.Refused(Refusal.Conflict));
            }
        }

        var view = (await kind.Views(db, [line], ct)).Single();
        await bus.PublishAsync(new LiveEvent(LiveTopics.Session(gatheringId), sequence, kind.EventKind, view, Audience.Members, now));
        await feed.RecordAsync(new ActivityRecord(kind.Activity, actor.UserId, body, $"events/{gatheringId}/live#{kind.Anchor}-{line.Id}",
            Countries(gathering!), gathering!.Themes), ct);
        return new(CommandResult.Ok, view);
    }

    /// <summary>
    /// The comments' pace for chat lines: the same text again within the duplicate window, or a line sooner than the
    /// comment interval after this member's last one (longer for new accounts), waits; null when the line may go.
    /// </summary>
    private async Task<(DateTimeOffset RetryAfter, bool Duplicate)?> ChatRetryAfterAsync(
        ClimateDbContext db, string userId, string text, DateTimeOffset now, CancellationToken ct)
    {
        var pace = discussion.Value;
        var duplicateSince = now.AddMinutes(-pace.DuplicateWindowMinutes);
        var sameText = await db.SessionChatMessages.Where(m => m.AuthorId == userId && m.Text == text && m.CreatedAtUtc > duplicateSince)
            .Select(m => (DateTimeOffset?)m.CreatedAtUtc).MaxAsync(ct);
        if (sameText is { } earlier)
        {
            return (earlier.AddMinutes(pace.DuplicateWindowMinutes), true);
        }

        var joined = await db.Users.Where(u => u.Id == userId).Select(u => u.JoinedAtUtc).SingleAsync(ct);
        var interval = pace.IntervalFor(joined, now);
        var since = now - interval;
        var last = await db.SessionChatMessages.Where(m => m.AuthorId == userId && m.CreatedAtUtc > since)
            .Select(m => (DateTimeOffset?)m.CreatedAtUtc).MaxAsync(ct);
        return last is { } previous ? (previous + interval, false) : null;
    }

    private static async Task<TView?> StoredLineAsync<TLine, TView>(
        LineKind<TLine, TView> kind, ClimateDbContext db, Actor actor, Guid clientId, CancellationToken ct)
        where TLine : class, IRoomLine
        where TView : class
    {
        var stored = await kind.Set(db).AsNoTracking().SingleOrDefaultAsync(l => l.AuthorId == actor.UserId && l.ClientId == clientId, ct);
        return stored is null ? null : (await kind.Views(db, [stored], ct)).Single();
    }
}
