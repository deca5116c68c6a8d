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
        string Anchor)
        where TLine : class, IRoomLine;

    private static readonly LineKind<Question, QuestionView> QuestionLines = new(
        Question.TextMaxLength, "SessionAsk", db => db.SessionQuestions, QuestionViewsAsync, SessionEvents.QuestionAsked, ActivityKind.QuestionAsked, "question");

    private static readonly LineKind<ChatMessage, ChatMessageView> ChatLines = new(
        ChatMessage.TextMaxLength, "SessionChat", db => db.SessionChatMessages, ChatViewsAsync, SessionEvents.ChatPosted, ActivityKind.ChatMessagePosted, "chat");

    private async Task<(CommandResult Result, TView? View)> PostLineAsync<TLine, TView>(
        LineKind<TLine, TView> kind, Actor actor, int gatheringId, Guid clientId, string? text, CancellationToken ct)
        where TLine : class, IRoomLine, new()
        where TView : class
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var (gathering, _, refusal) = await ParticipationAsync(db, actor, gatheringId, ct, allowStored: true);
        if (refusal is { } refused)
        {
            return (CommandResult.Refused(refused), null);
        }

        if (clientId == Guid.Empty)
        {
            return (CommandResult.Refused(Refusal.InvalidInput), null);
        }

        if (await StoredLineAsync(kind, db, actor, clientId, ct) is { } stored)
        {
            return (CommandResult.Ok, stored);
        }

        if (RoomNotOpen(gathering!) is { } notNow)
        {
            return (CommandResult.Refused(notNow), null);
        }

        var now = time.GetUtcNow();
        if (await db.IsSuspendedAsync(actor.UserId!, now, ct))
        {
            return (CommandResult.Refused(Refusal.Forbidden), null);
        }

        var body = text?.Trim() ?? "";
        if (Validate(body, "Text", kind.MaxLength) is { } problem)
        {
            return (CommandResult.Invalid([problem]), null);
        }

        if (!limiter.TryAcquire(kind.LimitAction, actor.UserId!))
        {
            return (CommandResult.Refused(Refusal.RateLimited), null);
        }

        var line = new TLine { GatheringId = gatheringId, AuthorId = actor.UserId!, ClientId = clientId, Text = body, CreatedAtUtc = now };
        long sequence;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            sequence = await db.NextSequenceAsync(LiveTopics.Session(gatheringId), ct);
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
                    ? (CommandResult.Ok, raced)
                    : (CommandResult.Refused(Refusal.Conflict), null);
            }
        }

        var view = (await kind.Views(db, [line], ct)).Single();
        await bus.PublishAsync(new LiveEvent(LiveTopics.Session(gatheringId), sequence, kind.EventKind, view, Audience.Members, now));
        await feed.RecordAsync(new ActivityRecord(kind.Activity, actor.UserId, body, $"events/{gatheringId}/live#{kind.Anchor}-{line.Id}",
            Countries(gathering!), gathering!.Themes), ct);
        return (CommandResult.Ok, view);
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
