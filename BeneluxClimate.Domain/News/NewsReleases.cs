using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BeneluxClimate.Domain.News;

/// <summary>
/// Announces news posts whose publication time has come, so open lists show a scheduled post at its time rather than at
/// the next reload. Only posts that fall due while this process runs are announced: a list loaded later reads them.
/// </summary>
public sealed class NewsReleases(IDbContextFactory<ClimateDbContext> contexts, ILiveBus bus, TimeProvider time)
{
    /// <summary>Most posts announced by one scan; the rest follow at the next.</summary>
    public const int BatchSize = 50;

    private DateTimeOffset releasedUntil = time.GetUtcNow();

    /// <summary>
    /// Another node announces for now. Should this node take over, it covers only the last <paramref name="leaseDuration"/>
    /// (when the other may have died before announcing), not everything since it started.
    /// </summary>
    public void LeaveToAnotherNode(TimeSpan leaseDuration)
    {
        var coveredByOther = time.GetUtcNow() - leaseDuration;
        if (coveredByOther > releasedUntil)
        {
            releasedUntil = coveredByOther;
        }
    }

    public async Task<int> ReleaseDueAsync(CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var since = releasedUntil;
        var due = await db.NewsPosts.AsNoTracking()
            .Where(p => !p.IsHidden && p.PublishedAtUtc > since && p.PublishedAtUtc <= now)
            .OrderBy(p => p.PublishedAtUtc).ThenBy(p => p.Id).Take(BatchSize).ToListAsync(ct);
        foreach (var post in due)
        {
            long sequence;
            await using (var transaction = await db.Database.BeginTransactionAsync(ct))
            {
                sequence = await NewsPublisher.NextAsync(db, ct);
                await transaction.CommitAsync(ct);
            }

            await NewsPublisher.PublishAsync(bus, post, isNew: true, sequence, now);
        }

        releasedUntil = due.Count == BatchSize ? due[^1].PublishedAtUtc : now;
        return due.Count;
    }
}
