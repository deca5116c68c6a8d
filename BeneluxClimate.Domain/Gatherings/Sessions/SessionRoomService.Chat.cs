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
    /// <summary>An attendee sends a chat line: the same length limit, pace (interval and duplicate text), rate limit and suspension rule as comments; once per client id.</summary>
    public async Task<ChatPosting> ChatAsync(Actor actor, int gatheringId, Guid clientId, string? text, CancellationToken ct = default)
    {
        var posted = await PostLineAsync(ChatLines, actor, gatheringId, clientId, text, ct);
        return new(posted.Result, posted.View, posted.RetryAfterUtc, posted.Duplicate);
    }

    /// <summary>A host or moderator hides a chat line, with a reason, in an open or closed room; as for questions.</summary>
    public Task<CommandResult> HideChatAsync(Actor actor, long messageId, ReportReason reason, CancellationToken ct = default) =>
        HideLineAsync(actor, new TargetRef(ReportTarget.ChatMessage, messageId), reason, ct);
}
