using System.Globalization;
using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Partnerships;
using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Domain.Security;
using Microsoft.EntityFrameworkCore;

namespace BeneluxClimate.Domain.Moderation;

/// <summary>Every moderation and role action on record: searchable, exportable as CSV, summed up per month.</summary>
public sealed class AuditLog(IDbContextFactory<ClimateDbContext> contexts)
{
    public const int PageSize = 50;

    /// <summary>The most rows one export holds.</summary>
    public const int ExportLimit = 10_000;

    public const int SearchMaxLength = 100;

    public async Task<Result<IReadOnlyList<AuditEntry>>> SearchAsync(Actor actor, string? text, CancellationToken ct = default) =>
        await ReadAsync(actor, text, PageSize, ct);

    public async Task<Result<string>> ExportCsvAsync(Actor actor, string? text, CancellationToken ct = default)
    {
        var entries = await ReadAsync(actor, text, ExportLimit, ct);
        if (!entries.Succeeded)
        {
            return Result<string>.Refused(entries.Refusal!.Value);
        }

        return Result<string>.Ok(CsvText.Document(
            ["time_utc", "action", "by", "automatic", "item", "subject", "reason", "statement"],
            entries.Value!.Select(e => new[]
            {
                e.AtUtc.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), e.What, e.Who,
                e.Automatic ? "yes" : "no", e.Item, e.Subject, e.Reason, e.Statement,
            })));
    }

    public async Task<Result<TransparencySummary>> MonthAsync(Actor actor, int year, int month, CancellationToken ct = default)
    {
        if (actor.RefusalUnlessModerator() is { } refusal)
        {
            return Result<TransparencySummary>.Refused(refusal);
        }

        if (year is < 2000 or > 9999 || month is < 1 or > 12)
        {
            return Result<TransparencySummary>.Refused(Refusal.InvalidInput);
        }

        var from = new DateTimeOffset(year, month, 1, 0, 0, 0, TimeSpan.Zero);
        var to = from.AddMonths(1);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var reports = await db.Reports.AsNoTracking().Where(r => r.CreatedAtUtc >= from && r.CreatedAtUtc < to)
            .GroupBy(r => r.Reason).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var actions = await db.ModerationActions.AsNoTracking().Where(a => a.AtUtc >= from && a.AtUtc < to)
            .GroupBy(a => new { a.Kind, Automatic = a.ModeratorId == null }).Select(g => new { g.Key.Kind, g.Key.Automatic, Count = g.Count() }).ToListAsync(ct);
        var appeals = await db.Appeals.AsNoTracking().Where(a => a.CreatedAtUtc >= from && a.CreatedAtUtc < to)
            .Select(a => a.Upheld).ToListAsync(ct);
        return Result<TransparencySummary>.Ok(new TransparencySummary(
            year, month,
            reports.ToDictionary(r => r.Key, r => r.Count),
            actions.GroupBy(a => a.Kind).ToDictionary(g => g.Key, g => g.Sum(a => a.Count)),
            actions.Where(a => a.Automatic && a.Kind == ModerationActionKind.Hide).Sum(a => a.Count),
            appeals.Count,
            appeals.Count(upheld => upheld == false)));
    }

    private async Task<Result<IReadOnlyList<AuditEntry>>> ReadAsync(Actor actor, string? text, int limit, CancellationToken ct)
    {
        if (actor.RefusalUnlessModerator() is { } refusal)
        {
            return Result<IReadOnlyList<AuditEntry>>.Refused(refusal);
        }

        var search = text?.Trim() ?? "";
        if (search.Length > SearchMaxLength)
        {
            search = search[..SearchMaxLength];
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var actions = db.ModerationActions.AsNoTracking();
        var roles = db.RoleChanges.AsNoTracking();
        if (search.Length > 0)
        {
            // Both sides lower-cased: SQLite's LIKE ignores ASCII case, PostgreSQL's does not; lower() folds ASCII alike on both.
            var pattern = $"%{search.ToLowerInvariant().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_")}%";
            var matchingUsers = db.Users.Where(u => EF.Functions.Like(u.DisplayName.ToLower(), pattern, "\\")).Select(u => u.Id);
            actions = actions.Where(a => EF.Functions.Like(a.Subject.ToLower(), pattern, "\\") || EF.Functions.Like(a.Statement.ToLower(), pattern, "\\")
                || matchingUsers.Contains(a.ModeratorId!) || matchingUsers.Contains(a.SubjectUserId!));
            roles = roles.Where(r => EF.Functions.Like(r.Role.ToLower(), pattern, "\\") || matchingUsers.Contains(r.TargetUserId) || matchingUsers.Contains(r.ChangedByUserId!));
        }

        var moderation = await actions.OrderByDescending(a => a.AtUtc).Take(limit).ToListAsync(ct);
        var roleChanges = await roles.OrderByDescending(r => r.AtUtc).Take(limit).ToListAsync(ct);
        var people = await MemberRefs.LoadAsync(db,
            moderation.SelectMany(a => new[] { a.ModeratorId, a.SubjectUserId })
                .Concat(roleChanges.SelectMany(r => new[] { r.ChangedByUserId, r.TargetUserId }))
                .OfType<string>().Distinct(), ct);
        string Name(string? id) => id is null ? "" : MemberRefs.Of(people, id) is { IsFormer: false } member ? member.DisplayName : id;

        return Result<IReadOnlyList<AuditEntry>>.Ok(moderation
            .Select(a => new AuditEntry(
                a.AtUtc, a.Kind.ToString(), Name(a.ModeratorId), a.IsAutomatic,
                a.Target is { Kind: not ReportTarget.Profile } target ? target.ToString() : (a.Target is null ? "Member " : "Profile ") + Name(a.SubjectUserId),
                a.Subject, a.Reason?.ToString(), a.Statement))
            .Concat(roleChanges.Select(r => new AuditEntry(
                r.AtUtc, r.Granted ? "RoleGranted" : "RoleRevoked", Name(r.ChangedByUserId), false, "Member " + Name(r.TargetUserId), r.Role, null, "")))
            .OrderByDescending(e => e.AtUtc).Take(limit).ToList());
    }
}
