using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Domain.Security;
using Microsoft.EntityFrameworkCore;

namespace BeneluxClimate.Domain.Notifications;

/// <summary>A member's own notifications: the bell's unread count and list, marking read, and which kinds they want.</summary>
public sealed class NotificationService(IDbContextFactory<ClimateDbContext> contexts, Commands commands, TimeProvider time)
{
    public const int ListLimit = 30;

    /// <summary>The unread count and the newest notifications, at the member's topic number.</summary>
    public async Task<Result<NotificationInbox>> InboxAsync(Actor actor, CancellationToken ct = default)
    {
        if (!actor.IsSignedIn)
        {
            return Result<NotificationInbox>.Refused(Refusal.NotSignedIn);
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var sequence = await db.CurrentSequenceAsync(LiveTopics.Notifications(actor.UserId!), ct);
        var mine = db.Notifications.AsNoTracking().Where(n => n.UserId == actor.UserId);
        var unread = await mine.CountAsync(n => n.ReadAtUtc == null, ct);
        var newest = await mine.OrderByDescending(n => n.Id).Take(ListLimit)
            .Select(n => new NotificationView(n.Id, n.Kind, n.ProposalId, n.CommentId, n.ActorName, n.ProposalTitle, n.CreatedAtUtc, n.ReadAtUtc != null))
            .ToListAsync(ct);
        return Result<NotificationInbox>.Ok(new NotificationInbox(unread, newest, sequence));
    }

    /// <summary>Marks all the member's notifications read (the bell opened).</summary>
    public async Task<CommandResult> MarkAllReadAsync(Actor actor, CancellationToken ct = default)
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

        var now = time.GetUtcNow();
        await db.Notifications.Where(n => n.UserId == actor.UserId && n.ReadAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAtUtc, now), ct);
        return CommandResult.Ok;
    }

    public async Task<Result<IReadOnlySet<NotificationKind>>> DisabledKindsAsync(Actor actor, CancellationToken ct = default)
    {
        if (!actor.IsSignedIn)
        {
            return Result<IReadOnlySet<NotificationKind>>.Refused(Refusal.NotSignedIn);
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var mask = await db.NotificationSettings.Where(s => s.UserId == actor.UserId).Select(s => s.DisabledMask).SingleOrDefaultAsync(ct);
        return Result<IReadOnlySet<NotificationKind>>.Ok(Enum.GetValues<NotificationKind>().Where(k => (mask & NotificationSettings.Bit(k)) != 0).ToHashSet());
    }

    /// <summary>Switches kinds of notification off (listed) or on (not listed) for the member.</summary>
    public async Task<CommandResult> SetDisabledKindsAsync(Actor actor, IReadOnlyCollection<NotificationKind> disabled, CancellationToken ct = default)
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

        if (disabled.Any(k => !Enum.IsDefined(k)))
        {
            return CommandResult.Refused(Refusal.InvalidInput);
        }

        var settings = await db.NotificationSettings.SingleOrDefaultAsync(s => s.UserId == actor.UserId, ct);
        if (settings is null)
        {
            settings = new NotificationSettings { UserId = actor.UserId! };
            db.NotificationSettings.Add(settings);
        }

        settings.DisabledMask = disabled.Aggregate(0, (mask, kind) => mask | NotificationSettings.Bit(kind));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return CommandResult.Refused(Refusal.Conflict); // saved in another tab at the same moment
        }

        return CommandResult.Ok;
    }
}
