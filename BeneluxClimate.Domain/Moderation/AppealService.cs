using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Partnerships;
using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Domain.Showcase;
using Microsoft.EntityFrameworkCore;

namespace BeneluxClimate.Domain.Moderation;

/// <summary>
/// The author's side of a hide: the statement of reasons, and one appeal, decided by a moderator other than the one
/// who hid the item. Reversing an appeal restores the item; both outcomes are on record.
/// </summary>
public sealed class AppealService(
    IDbContextFactory<ClimateDbContext> contexts,
    Commands commands,
    ILiveBus bus,
    ImpactDashboard dashboard,
    ActivityFeed feed,
    TimeProvider time)
{
    private ModerationRecorder Recorder { get; } = new(bus, dashboard, feed);

    /// <summary>The statement for a hidden item, for its author and moderators; null when it is not hidden.</summary>
    public async Task<HiddenStatement?> StatementAsync(Actor actor, TargetRef target, CancellationToken ct = default)
    {
        if (!actor.IsSignedIn)
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var state = await ModerationTargets.LoadAsync(db, target, ct);
        if (state is not { IsHidden: true } || state.AuthorId != actor.UserId && !actor.IsModerator)
        {
            return null;
        }

        var hide = await db.ModerationActions.AsNoTracking()
            .Where(a => a.TargetKind == target.Kind && a.TargetId == target.Id && a.TargetKey == target.Key && a.Kind == ModerationActionKind.Hide)
            .OrderByDescending(a => a.AtUtc).FirstOrDefaultAsync(ct);
        if (hide is null)
        {
            return null;
        }

        var appeal = await db.Appeals.AsNoTracking().SingleOrDefaultAsync(a => a.ActionId == hide.Id, ct);
        var moderator = hide.ModeratorId is null ? null : MemberRefs.Of(await MemberRefs.LoadAsync(db, [hide.ModeratorId], ct), hide.ModeratorId).DisplayName;
        var byHost = hide.ModeratorId is { } hiderId && target.Kind is ReportTarget.Question or ReportTarget.ChatMessage
            && !await db.UserRoles.AnyAsync(ur => ur.UserId == hiderId && db.Roles.Any(r => r.Id == ur.RoleId && (r.Name == Roles.Moderator || r.Name == Roles.Admin)), ct);
        return new HiddenStatement(
            hide.Id, hide.Reason, hide.Statement, hide.IsAutomatic, moderator, byHost, hide.AtUtc,
            CanAppeal: appeal is null && state.AuthorId == actor.UserId, appeal?.Upheld, appeal is { DecidedAtUtc: null });
    }

    public async Task<CommandResult> AppealAsync(Actor actor, long actionId, string text, CancellationToken ct = default)
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

        text = text?.Trim() ?? "";
        if (text.Length is 0 or > Appeal.TextMaxLength)
        {
            return CommandResult.Invalid([new FieldProblem("Text", text.Length == 0 ? "Required" : "TooLong", Appeal.TextMaxLength)]);
        }

        var action = await db.ModerationActions.AsNoTracking().SingleOrDefaultAsync(a => a.Id == actionId && a.Kind == ModerationActionKind.Hide, ct);
        if (action is null || action.SubjectUserId != actor.UserId)
        {
            return CommandResult.Refused(action is null ? Refusal.NotFound : Refusal.Forbidden);
        }

        if (await db.Appeals.AnyAsync(a => a.ActionId == actionId, ct))
        {
            return CommandResult.Refused(Refusal.Conflict); // one appeal per decision
        }

        var now = time.GetUtcNow();
        db.Appeals.Add(new Appeal { ActionId = actionId, AppellantId = actor.UserId!, Text = text, CreatedAtUtc = now });
        return await Recorder.CommitAsync(db, new ModerationRecord(ModerationService.ActionTaken, actionId, []), now, ct)
            ? CommandResult.Ok
            : CommandResult.Refused(Refusal.Conflict);
    }

    /// <summary>Open appeals, oldest first, for moderators.</summary>
    public async Task<Result<IReadOnlyList<(Appeal Appeal, ModerationAction Action)>>> OpenAsync(Actor actor, CancellationToken ct = default)
    {
        if (actor.RefusalUnlessModerator() is { } refusal)
        {
            return Result<IReadOnlyList<(Appeal, ModerationAction)>>.Refused(refusal);
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var open = await db.Appeals.AsNoTracking().Where(a => a.DecidedAtUtc == null).OrderBy(a => a.CreatedAtUtc).Take(100)
            .Join(db.ModerationActions.AsNoTracking(), a => a.ActionId, m => m.Id, (a, m) => new { a, m }).ToListAsync(ct);
        return Result<IReadOnlyList<(Appeal, ModerationAction)>>.Ok(open.Select(x => (x.a, x.m)).ToList());
    }

    public async Task<CommandResult> DecideAsync(Actor actor, long appealId, bool upheld, string note, CancellationToken ct = default)
    {
        await using var command = await commands.BeginAsync(actor, ct);
        if (command.Refused is { } standing)
        {
            return CommandResult.Refused(standing);
        }

        actor = command.Actor;
        var db = command.Db;

        if (actor.RefusalUnlessModerator() is { } refusal)
        {
            return CommandResult.Refused(refusal);
        }

        note = note?.Trim() ?? "";
        if (note.Length is 0 or > ModerationAction.StatementMaxLength)
        {
            return CommandResult.Invalid([new FieldProblem("Note", note.Length == 0 ? "Required" : "TooLong", ModerationAction.StatementMaxLength)]);
        }

        var appeal = await db.Appeals.SingleOrDefaultAsync(a => a.Id == appealId, ct);
        var action = appeal is null ? null : await db.ModerationActions.AsNoTracking().SingleAsync(a => a.Id == appeal.ActionId, ct);
        if (appeal is null || action is null)
        {
            return CommandResult.Refused(Refusal.NotFound);
        }

        if (action.ModeratorId == actor.UserId)
        {
            return CommandResult.Refused(Refusal.Forbidden); // a different moderator decides
        }

        if (appeal.DecidedAtUtc is not null)
        {
            return CommandResult.Refused(Refusal.Conflict);
        }

        var now = time.GetUtcNow();
        (appeal.DeciderId, appeal.Upheld, appeal.DecisionNote, appeal.DecidedAtUtc) = (actor.UserId, upheld, note, now);
        var target = action.Target!;
        var state = await ModerationTargets.LoadAsync(db, target, ct);
        var record = new ModerationRecord(ModerationService.ActionTaken, target, [new ActivityRecord(ActivityKind.ModerationActionTaken, actor.UserId, action.Subject, state?.Link ?? "")])
        {
            Action = ModerationAction.On(upheld ? ModerationActionKind.AppealUpheld : ModerationActionKind.AppealReversed, target,
                action.SubjectUserId, actor.UserId, action.Subject, now, note),
            Visibility = !upheld && state is { IsHidden: true } ? (target, false) : null,
        };
        return await Recorder.CommitAsync(db, record, now, ct) ? CommandResult.Ok : CommandResult.Refused(Refusal.Conflict);
    }
}
