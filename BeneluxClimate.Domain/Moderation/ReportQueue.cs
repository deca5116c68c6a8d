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
        if (actor.RefusalUnlessModerator() is { } refusal)
        {
            return Result<(IReadOnlyList<QueuedItem>, long)>.Refused(refusal);
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var sequence = await db.CurrentSequenceAsync(LiveTopics.ModerationQueue, ct);
        var open = db.Reports.AsNoTracking().Where(r => r.IsOpen);

        // The newest reported items, with their counts, grouped by the database.
        var top = await open.GroupBy(r => new { r.TargetKind, r.TargetId, r.TargetKey })
            .Select(g => new { g.Key.TargetKind, g.Key.TargetId, g.Key.TargetKey, Count = g.Count(), Latest = g.Max(r => r.CreatedAtUtc) })
            .OrderByDescending(g => g.Latest).ThenBy(g => g.TargetId).ThenBy(g => g.TargetKey).Take(Size)
            .ToListAsync(ct);
        var targets = top.Select(t => new TargetRef(t.TargetKind, t.TargetId, t.TargetKey)).ToList();
        var ids = targets.Select(t => t.Id).Distinct().ToList();
        var keys = targets.Select(t => t.Key).Distinct().ToList();
        var ofTop = open.Where(r => ids.Contains(r.TargetId) && keys.Contains(r.TargetKey));

        // Their reasons counted per item, and a few of the newest details each: items of other kinds that share a
        // number come along and are not looked up below.
        var reasons = (await ofTop
            .GroupBy(r => new { r.TargetKind, r.TargetId, r.TargetKey, r.Reason })
            .Select(g => new { g.Key.TargetKind, g.Key.TargetId, g.Key.TargetKey, g.Key.Reason, Count = g.Count() })
            .ToListAsync(ct))
            .ToLookup(r => new TargetRef(r.TargetKind, r.TargetId, r.TargetKey));
        var details = (await ofTop.Where(r => r.Details != "")
            .Select(r => new { r.TargetKind, r.TargetId, r.TargetKey }).Distinct()
            .SelectMany(k => open.Where(r => r.TargetKind == k.TargetKind && r.TargetId == k.TargetId && r.TargetKey == k.TargetKey && r.Details != "")
                .OrderByDescending(r => r.CreatedAtUtc).Take(ModerationOptionsLimits.DetailsPerItemShown))
            .Select(r => new { r.TargetKind, r.TargetId, r.TargetKey, r.Details, r.CreatedAtUtc })
            .ToListAsync(ct))
            .ToLookup(r => new TargetRef(r.TargetKind, r.TargetId, r.TargetKey));

        var states = await ModerationTargets.LoadManyAsync(db, targets, ct);
        var items = top.Select(t => (Target: new TargetRef(t.TargetKind, t.TargetId, t.TargetKey), t.Count, t.Latest))
            .Where(t => states.ContainsKey(t.Target)) // deleted since it was reported: nothing to decide
            .Select(t => new QueuedItem(
                t.Target, ModerationText.Subject(states[t.Target].Subject), states[t.Target].Link, states[t.Target].IsHidden, t.Count,
                reasons[t.Target].ToDictionary(r => r.Reason, r => r.Count),
                details[t.Target].OrderByDescending(d => d.CreatedAtUtc).Select(d => d.Details).ToList(),
                t.Latest))
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
        return await db.Reports.Where(r => r.IsOpen).Select(r => new { r.TargetKind, r.TargetId, r.TargetKey }).Distinct().CountAsync(ct);
    }
}

internal static class ModerationOptionsLimits
{
    /// <summary>The newest reports' details shown per queued item.</summary>
    public const int DetailsPerItemShown = 5;
}
