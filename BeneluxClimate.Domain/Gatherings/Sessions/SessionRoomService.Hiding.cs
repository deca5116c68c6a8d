using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Moderation;
using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Domain.Security;
using Microsoft.EntityFrameworkCore;

namespace BeneluxClimate.Domain.Gatherings.Sessions;

/// <summary>Hosts hiding questions and chat lines in their own room: moderation like a moderator's, on the same record.</summary>
public sealed partial class SessionRoomService
{
    /// <summary>
    /// Hides a question or chat line through the moderation recorder, so the hide is on the audit log (the host as the
    /// one who acted), the author gets the statement of reasons and one appeal, and every open room drops the line.
    /// </summary>
    private async Task<CommandResult> HideLineAsync(Actor actor, TargetRef target, ReportReason reason, CancellationToken ct)
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

        if (!Enum.IsDefined(reason))
        {
            return CommandResult.Invalid([new FieldProblem("Reason", "Invalid")]);
        }

        var gatheringId = target.Kind == ReportTarget.Question
            ? await db.SessionQuestions.Where(q => q.Id == target.Id).Select(q => (int?)q.GatheringId).SingleOrDefaultAsync(ct)
            : await db.SessionChatMessages.Where(m => m.Id == target.Id).Select(m => (int?)m.GatheringId).SingleOrDefaultAsync(ct);
        var gathering = gatheringId is null ? null : await db.Gatherings.AsNoTracking().SingleOrDefaultAsync(g => g.Id == gatheringId, ct);
        var state = gathering is null ? null : await ModerationTargets.LoadAsync(db, target, ct);
        if (gathering is null || state is null)
        {
            return CommandResult.Refused(Refusal.NotFound);
        }

        if (await AccessAsync(db, actor, gathering, ct) < SessionAccess.Moderator)
        {
            return CommandResult.Refused(gathering.IsHidden ? Refusal.NotFound : Refusal.Forbidden);
        }

        if (state.IsHidden)
        {
            return CommandResult.Ok;
        }

        var now = time.GetUtcNow();
        var record = new ModerationRecord(ModerationService.ActionTaken, target,
            [new ActivityRecord(ActivityKind.ModerationActionTaken, actor.UserId, state.Subject, state.Link)])
        {
            Action = ModerationAction.HideOf(target, state, actor.UserId, reason, now),
            Visibility = (target, true),
        };
        return await new ModerationRecorder(bus, dashboard, feed).CommitAsync(db, record, now, ct) ? CommandResult.Ok : CommandResult.Refused(Refusal.Conflict);
    }
}
