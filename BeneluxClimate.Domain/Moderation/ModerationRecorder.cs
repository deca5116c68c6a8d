using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Domain.Showcase;
using Microsoft.EntityFrameworkCore;

namespace BeneluxClimate.Domain.Moderation;

/// <summary>
/// The tail every moderation step shares: in one transaction the caller's changes, the hide or restore, the audit-log
/// entry and the queue topic's next number; after the commit the item's views get the change, open situation rooms
/// get the queue hint, and the feed gets its lines.
/// </summary>
internal sealed class ModerationRecorder(ILiveBus bus, ImpactDashboard dashboard, ActivityFeed feed)
{
    /// <summary>Commits and announces; false when the database refused the write (a unique index: the same step twice at once).</summary>
    public Task<bool> CommitAsync(ClimateDbContext db, ModerationRecord record, DateTimeOffset now, CancellationToken ct) =>
        CommitAsync(db, _ => Task.FromResult(record), now, ct);

    /// <summary>
    /// As above, with the record decided inside the transaction: <paramref name="decide"/> may read what must not
    /// change before the commit (how many members reported) and make its own changes in <paramref name="db"/>.
    /// </summary>
    public async Task<bool> CommitAsync(ClimateDbContext db, Func<CancellationToken, Task<ModerationRecord>> decide, DateTimeOffset now, CancellationToken ct)
    {
        ModerationRecord record;
        Func<Task>? publishVisibility = null;
        long sequence;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            record = await decide(ct);

            if (record.Visibility is { } visibility)
            {
                publishVisibility = await ModerationTargets.SetHiddenAsync(db, visibility.Target, visibility.Hidden, bus, dashboard, now, ct);
            }

            if (record.Action is { } action)
            {
                db.ModerationActions.Add(action);
            }

            sequence = await db.NextSequenceAsync(LiveTopics.ModerationQueue, ct);
            try
            {
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
            }
            catch (DbUpdateException)
            {
                return false;
            }
        }

        if (publishVisibility is not null)
        {
            await publishVisibility();
        }

        if (record.Publish is { } publish)
        {
            await publish();
        }

        await bus.PublishAsync(new LiveEvent(LiveTopics.ModerationQueue, sequence, record.EventName, record.Payload, Audience.Moderators, now));
        foreach (var activity in record.Activities)
        {
            await feed.RecordAsync(activity, ct);
        }

        return true;
    }
}
