using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Domain.Showcase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BeneluxClimate.Domain.Moderation;

/// <summary>
/// Members report items. One report per member per item; when enough distinct members have open reports on an item it
/// is hidden at once, pending a moderator's review, and the hide is on record as automatic.
/// </summary>
public sealed class ReportService(
    IDbContextFactory<ClimateDbContext> contexts,
    Commands commands,
    ILiveBus bus,
    ImpactDashboard dashboard,
    ActivityFeed feed,
    WriteRateLimiter limiter,
    TimeProvider time,
    IOptions<ModerationOptions> options)
{
    private ModerationRecorder Recorder { get; } = new(bus, dashboard, feed);

    public const string ReportFiled = "ReportFiled";

    public async Task<CommandResult> FileAsync(Actor actor, TargetRef target, ReportReason reason, string? details, CancellationToken ct = default)
    {
        await using var command = await commands.BeginAsync(actor, ct);
        if (command.Refused is { } standing)
        {
            return CommandResult.Refused(standing);
        }

        actor = command.Actor;
        var db = command.Db;

        ArgumentNullException.ThrowIfNull(target);
        if (!actor.IsSignedIn)
        {
            return CommandResult.Refused(Refusal.NotSignedIn);
        }

        details = details?.Trim() ?? "";
        if (!Enum.IsDefined(reason) || details.Length > Report.DetailsMaxLength)
        {
            return CommandResult.Invalid([details.Length > Report.DetailsMaxLength
                ? new FieldProblem("Details", "TooLong", Report.DetailsMaxLength)
                : new FieldProblem("Reason", "Invalid")]);
        }

        var state = await ModerationTargets.LoadAsync(db, target, ct);
        if (state is null || state.IsHidden && !actor.IsModerator && state.AuthorId != actor.UserId)
        {
            return CommandResult.Refused(Refusal.NotFound);
        }

        if (state.AuthorId == actor.UserId)
        {
            return CommandResult.Refused(Refusal.Forbidden); // nobody reports their own words
        }

        if (await AlreadyReportedAsync(db, actor, target, ct))
        {
            return CommandResult.Ok;
        }

        if (!limiter.TryAcquire("report", actor.UserId!))
        {
            return CommandResult.Refused(Refusal.RateLimited);
        }

        var now = time.GetUtcNow();
        db.Reports.Add(new Report { TargetKind = target.Kind, TargetId = target.Id, TargetKey = target.Key, ReporterId = actor.UserId!, Reason = reason, Details = details, CreatedAtUtc = now });
        var filed = new ActivityRecord(ActivityKind.ReportFiled, actor.UserId, state.Subject, state.Link);
        // False when the same member's report arrived twice at once: one is stored, and that is success too.
        await Recorder.CommitAsync(db, async c =>
        {
            var reporters = 1 + await ModerationTargets.OpenReports(db, target).CountAsync(c);
            if (state.IsHidden || reporters < options.Value.ReportThreshold)
            {
                return new ModerationRecord(ReportFiled, target, [filed]);
            }

            return new ModerationRecord(ReportFiled, target, [filed, new ActivityRecord(ActivityKind.ModerationActionTaken, null, state.Subject, state.Link)])
            {
                Action = ModerationAction.HideOf(target, state, hiddenBy: null, reason, now),
                Visibility = (target, true),
            };
        }, now, ct);
        return CommandResult.Ok;
    }

    /// <summary>Whether this member has reported the item, so the UI can say so instead of offering the button.</summary>
    public async Task<bool> HasReportedAsync(Actor actor, TargetRef target, CancellationToken ct = default)
    {
        if (!actor.IsSignedIn)
        {
            return false;
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        return await AlreadyReportedAsync(db, actor, target, ct);
    }

    /// <summary>Which of these items of one kind the member has reported: one query for a whole list, not one per item.</summary>
    public async Task<IReadOnlySet<long>> ReportedAmongAsync(Actor actor, ReportTarget kind, IReadOnlyCollection<long> ids, CancellationToken ct = default)
    {
        if (!actor.IsSignedIn || ids.Count == 0)
        {
            return new HashSet<long>();
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var reported = await db.Reports.AsNoTracking()
            .Where(r => r.TargetKind == kind && r.TargetKey == "" && r.ReporterId == actor.UserId && ids.Contains(r.TargetId))
            .Select(r => r.TargetId).Distinct().ToListAsync(ct);
        return reported.ToHashSet();
    }

    private static Task<bool> AlreadyReportedAsync(ClimateDbContext db, Actor actor, TargetRef target, CancellationToken ct) =>
        db.Reports.AnyAsync(r => r.TargetKind == target.Kind && r.TargetId == target.Id && r.TargetKey == target.Key && r.ReporterId == actor.UserId, ct);
}
