using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BeneluxClimate.Domain.Notifications;

/// <summary>
/// Writes the notifications that partnership activity causes, after that activity committed, and pushes each to its
/// member's bell. Members who switched a kind off get none of it; nobody is notified of their own doing.
/// </summary>
public sealed class PartnershipNotifier(IDbContextFactory<ClimateDbContext> contexts, ILiveBus bus, TimeProvider time)
{
    public const string NotificationAdded = "NotificationAdded";

    /// <summary>Followers of a proposal learn of its new status.</summary>
    public async Task StatusChangedAsync(int proposalId, string proposalTitle, string actorId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var followers = await db.ProposalFollowers.Where(f => f.ProposalId == proposalId).Select(f => f.UserId).ToListAsync(ct);
        await NotifyAsync(db, followers.Select(id => (id, NotificationKind.StatusOfFollowedProposal)), proposalId, proposalTitle, null, actorId, ct);
    }

    /// <summary>Writes and pushes one notification per recipient (the first kind listed for a member wins).</summary>
    public async Task NotifyAsync(IEnumerable<(string UserId, NotificationKind Kind)> recipients, int proposalId, string proposalTitle, long? commentId, string actorId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await NotifyAsync(db, recipients, proposalId, proposalTitle, commentId, actorId, ct);
    }

    private async Task NotifyAsync(
        ClimateDbContext db, IEnumerable<(string UserId, NotificationKind Kind)> recipients, int proposalId, string proposalTitle, long? commentId, string actorId, CancellationToken ct)
    {
        var wanted = recipients.Where(r => r.UserId != actorId).DistinctBy(r => r.UserId).ToList();
        if (wanted.Count == 0)
        {
            return;
        }

        var ids = wanted.Select(r => r.UserId).ToList();
        var disabled = await db.NotificationSettings.Where(s => ids.Contains(s.UserId)).ToDictionaryAsync(s => s.UserId, s => s.DisabledMask, ct);
        var existing = await db.Users.Where(u => ids.Contains(u.Id)).Select(u => u.Id).ToListAsync(ct);
        var actorName = await db.Users.Where(u => u.Id == actorId).Select(u => u.DisplayName).SingleOrDefaultAsync(ct) ?? "";
        var now = time.GetUtcNow();
        var written = new List<(Notification Notification, long Sequence)>();
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            foreach (var (userId, kind) in wanted.Where(r => existing.Contains(r.UserId)))
            {
                if ((disabled.GetValueOrDefault(userId) & NotificationSettings.Bit(kind)) != 0)
                {
                    continue;
                }

                var notification = new Notification
                {
                    UserId = userId,
                    Kind = kind,
                    ProposalId = proposalId,
                    CommentId = commentId,
                    ActorName = actorName,
                    ProposalTitle = proposalTitle,
                    CreatedAtUtc = now,
                };
                db.Notifications.Add(notification);
                written.Add((notification, await db.NextSequenceAsync(LiveTopics.Notifications(userId), ct)));
            }

            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }

        foreach (var (n, sequence) in written)
        {
            var view = new NotificationView(n.Id, n.Kind, n.ProposalId, n.CommentId, n.ActorName, n.ProposalTitle, n.CreatedAtUtc, IsRead: false);
            await bus.PublishAsync(new LiveEvent(LiveTopics.Notifications(n.UserId), sequence, NotificationAdded, view, Audience.Named(n.UserId), now));
        }
    }
}
