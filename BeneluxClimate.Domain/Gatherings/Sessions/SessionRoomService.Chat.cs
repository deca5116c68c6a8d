using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Moderation;
using BeneluxClimate.Domain.Partnerships;
using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Domain.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;


namespace BeneluxClimate.Domain.Gatherings.Sessions;

/// <summary>The room's chat: sending and hiding lines.</summary>
public sealed partial class SessionRoomService
{
    /// <summary>An attendee sends a chat line: the same length limit, rate limit and suspension rule as comments; once per client id.</summary>
    public async Task<ChatPosting> ChatAsync(Actor actor, int gatheringId, Guid clientId, string? text, CancellationToken ct = default)
    {
        var (result, view) = await PostLineAsync(ChatLines, actor, gatheringId, clientId, text, ct);
        return new(result, view);
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
}
