using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Domain.Security;
using Microsoft.EntityFrameworkCore;

namespace BeneluxClimate.Domain.Moderation;

/// <summary>The moderators' queue of open reports, one line per reported item, most recently reported first.</summary>
public sealed class ReportQueue(IDbContextFactory<ClimateDbContext> contexts)
{
    public const int Size = 100;

    public async Task<Result<(IReadOnlyList<QueuedItem> Items, long Sequence)>> OpenAsync(Actor actor, CancellationToken ct = default)
    {
        if (!actor.IsModerator)
        {
            return Result<(IReadOnlyList<QueuedItem>, long)>.Refused(actor.IsSignedIn ? Refusal.Forbidden : Refusal.NotSignedIn);
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var sequence = await db.CurrentSequenceAsync(LiveTopics.ModerationQueue, ct);
        var open = await db.Reports.AsNoTracking().Where(r => r.IsOpen)
            .OrderByDescending(r => r.CreatedAtUtc).Take(Size * ModerationOptionsLimits.ReportsPerItemShown)
            .Select(r => new { r.TargetKind, r.TargetId, r.Reason, r.Details, r.CreatedAtUtc })
            .ToListAsync(ct);
        var groups = open.GroupBy(r => new TargetRef(r.TargetKind, r.TargetId)).Take(Size).ToList();
        var states = await ModerationTargets.LoadManyAsync(db, groups.Select(g => g.Key).ToList(), ct);
        var items = groups.Where(g => states.ContainsKey(g.Key)) // deleted since it was reported: nothing to decide
            .Select(g => new QueuedItem(
                g.Key, ModerationText.Subject(states[g.Key].Subject), states[g.Key].Link, states[g.Key].IsHidden, g.Count(),
                g.GroupBy(r => r.Reason).ToDictionary(r => r.Key, r => r.Count()),
                g.Select(r => r.Details).Where(d => d.Length > 0).Take(5).ToList(),
                g.Max(r => r.CreatedAtUtc)))
            .ToList();

        return Result<(IReadOnlyList<QueuedItem>, long)>.Ok((items, sequence));
    }

    /// <summary>How many items wait for review, for the app-bar badge.</summary>
    public async Task<int> OpenCountAsync(Actor actor, CancellationToken ct = default)
    {
        if (!actor.IsModerator)
        {
            return 0;
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Reports.Where(r => r.IsOpen).Select(r => new { r.TargetKind, r.TargetId }).Distinct().CountAsync(ct);
    }
}

internal static class ModerationOptionsLimits
{
    /// <summary>Open reports read per queued item at most, so the queue stays one bounded query.</summary>
    public const int ReportsPerItemShown = 10;
}
