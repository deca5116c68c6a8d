using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Partnerships;
using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Domain.Showcase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BeneluxClimate.Domain.Moderation;

/// <summary>
/// What moderators do: hide and restore items (closing their reports), dismiss reports, lock a discussion or slow it
/// down, suspend, ban and reinstate members. Every action is written to the audit log in the same transaction.
/// </summary>
public sealed class ModerationService(
    IDbContextFactory<ClimateDbContext> contexts,
    Commands commands,
    ILiveBus bus,
    ImpactDashboard dashboard,
    ActivityFeed feed,
    TimeProvider time,
    IOptions<ModerationOptions> options)
{
    public const string ActionTaken = "ModerationActionTaken";

    private ModerationRecorder Recorder { get; } = new(bus, dashboard, feed);

    public Task<CommandResult> HideAsync(Actor actor, TargetRef target, ReportReason reason, string statement, CancellationToken ct = default) =>
        DecideAsync(actor, target, ModerationActionKind.Hide, reason, statement, ct);

    public Task<CommandResult> RestoreAsync(Actor actor, TargetRef target, string statement, CancellationToken ct = default) =>
        DecideAsync(actor, target, ModerationActionKind.Restore, null, statement, ct);

    /// <summary>Closes an item's open reports and leaves it as it is.</summary>
    public Task<CommandResult> DismissReportsAsync(Actor actor, TargetRef target, string statement, CancellationToken ct = default) =>
        DecideAsync(actor, target, ModerationActionKind.DismissReports, null, statement, ct);

    public Task<CommandResult> LockDiscussionAsync(Actor actor, int proposalId, bool locked, string statement, CancellationToken ct = default) =>
        ChangeDiscussionAsync(actor, proposalId, locked ? ModerationActionKind.LockDiscussion : ModerationActionKind.UnlockDiscussion, statement, proposal =>
        {
            proposal.IsLocked = locked;
            return null;
        }, ct);

    /// <summary>Sets the minimum seconds between one member's comments on this discussion; 0 turns slow mode off.</summary>
    public Task<CommandResult> SetSlowModeAsync(Actor actor, int proposalId, int seconds, string statement, CancellationToken ct = default) =>
        ChangeDiscussionAsync(actor, proposalId, ModerationActionKind.SlowMode, statement, proposal =>
        {
            if (seconds < 0 || seconds > options.Value.MaxSlowModeSeconds)
            {
                return CommandResult.Invalid([new FieldProblem("Seconds", "OutOfRange", options.Value.MaxSlowModeSeconds)]);
            }

            proposal.SlowModeSeconds = seconds;
            return null;
        }, ct, seconds);

    /// <summary>Suspends a member until <paramref name="untilUtc"/>: they cannot sign in, and open sessions lose the right to write at their next check.</summary>
    public Task<CommandResult> SuspendAsync(Actor actor, string userId, DateTimeOffset untilUtc, string statement, CancellationToken ct = default) =>
        ChangeStandingAsync(actor, userId, ModerationActionKind.Suspend, untilUtc, statement, ct);

    public Task<CommandResult> BanAsync(Actor actor, string userId, string statement, CancellationToken ct = default) =>
        ChangeStandingAsync(actor, userId, ModerationActionKind.Ban, DateTimeOffset.MaxValue, statement, ct);

    public Task<CommandResult> ReinstateAsync(Actor actor, string userId, string statement, CancellationToken ct = default) =>
        ChangeStandingAsync(actor, userId, ModerationActionKind.Reinstate, null, statement, ct);

    /// <summary>Most members found at once by <see cref="FindMembersAsync"/>.</summary>
    public const int MembersFound = 10;

    /// <summary>
    /// Any account by name or email (case- and accent-insensitive), for moderators: unlike the directory this finds
    /// members who have not finished onboarding and hidden ones, so they can be suspended, banned or reinstated.
    /// </summary>
    public async Task<Result<IReadOnlyList<MemberStanding>>> FindMembersAsync(Actor actor, string text, CancellationToken ct = default)
    {
        if (actor.RefusalUnlessModerator() is { } refusal)
        {
            return Result<IReadOnlyList<MemberStanding>>.Refused(refusal);
        }

        var folded = SearchText.Normalize(text ?? "");
        if (folded.Length is 0 or > 100)
        {
            return Result<IReadOnlyList<MemberStanding>>.Ok([]);
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var now = time.GetUtcNow();
        var found = await (
            from u in db.Users.AsNoTracking()
            where u.SearchText.Contains(folded)
            join p in db.MemberProfiles.AsNoTracking() on u.Id equals p.UserId into profiles
            from p in profiles.DefaultIfEmpty()
            orderby u.DisplayName, u.Id
            select new { u.Id, u.DisplayName, u.Email, Country = p == null ? null : p.CountryCode, Onboarded = p != null && p.OnboardedAtUtc != null, Hidden = p != null && p.IsHidden, u.LockoutEnd })
            .Take(MembersFound).ToListAsync(ct);
        return Result<IReadOnlyList<MemberStanding>>.Ok(found
            .Select(m => new MemberStanding(m.Id, m.DisplayName, m.Email ?? "", string.IsNullOrEmpty(m.Country) ? null : m.Country, m.Onboarded, m.Hidden,
                m.LockoutEnd is { } end && end > now ? end : null))
            .ToList());
    }

    private async Task<CommandResult> DecideAsync(Actor actor, TargetRef target, ModerationActionKind kind, ReportReason? reason, string statement, CancellationToken ct)
    {
        await using var command = await commands.BeginAsync(actor, ct);
        if (command.Refused is { } standing)
        {
            return CommandResult.Refused(standing);
        }

        actor = command.Actor;
        var db = command.Db;

        if (Refuse(actor, ref statement) is { } refused)
        {
            return refused;
        }

        var state = await ModerationTargets.LoadAsync(db, target, ct);
        if (state is null)
        {
            return CommandResult.Refused(Refusal.NotFound);
        }

        var now = time.GetUtcNow();
        var hidden = kind switch
        {
            ModerationActionKind.Hide => true,
            ModerationActionKind.Restore => false,
            _ => state.IsHidden,
        };
        var action = NewAction(actor, kind, target, state.AuthorId, statement, state.Subject, now);
        action.Reason = reason;
        var committed = await Recorder.CommitAsync(db, async c =>
        {
            await ModerationTargets.OpenReports(db, target).ExecuteUpdateAsync(r => r.SetProperty(x => x.IsOpen, false), c);
            return new ModerationRecord(ActionTaken, target, [Activity(actor, state.Subject, state.Link)])
            {
                Action = action,
                Visibility = hidden != state.IsHidden ? (target, hidden) : null,
            };
        }, now, ct);
        return committed ? CommandResult.Ok : CommandResult.Refused(Refusal.Conflict);
    }

    private async Task<CommandResult> ChangeDiscussionAsync(
        Actor actor, int proposalId, ModerationActionKind kind, string statement, Func<Proposal, CommandResult?> change, CancellationToken ct, int? seconds = null)
    {
        await using var command = await commands.BeginAsync(actor, ct);
        if (command.Refused is { } standing)
        {
            return CommandResult.Refused(standing);
        }

        actor = command.Actor;
        var db = command.Db;

        if (Refuse(actor, ref statement) is { } refused)
        {
            return refused;
        }

        var proposal = await db.Proposals.SingleOrDefaultAsync(p => p.Id == proposalId, ct);
        if (proposal is null)
        {
            return CommandResult.Refused(Refusal.NotFound);
        }

        if (change(proposal) is { } invalid)
        {
            return invalid;
        }

        var now = time.GetUtcNow();
        proposal.Version = Guid.NewGuid();
        var target = new TargetRef(ReportTarget.Proposal, proposalId);
        var action = NewAction(actor, kind, target, proposal.AuthorId, statement, proposal.Title, now);
        action.Seconds = seconds;
        var committed = await Recorder.CommitAsync(db, async c =>
        {
            var sequences = await ProposalPublisher.NextAsync(db, proposalId, c);
            return new ModerationRecord(ActionTaken, target, [Activity(actor, proposal.Title, "proposals/" + proposalId)])
            {
                Action = action,
                Publish = () => ProposalPublisher.PublishAsync(bus, db, proposal, isNew: false, sequences, now, ct),
            };
        }, now, ct);
        return committed ? CommandResult.Ok : CommandResult.Refused(Refusal.Conflict);
    }

    private async Task<CommandResult> ChangeStandingAsync(
        Actor actor, string userId, ModerationActionKind kind, DateTimeOffset? untilUtc, string statement, CancellationToken ct)
    {
        await using var command = await commands.BeginAsync(actor, ct);
        if (command.Refused is { } standing)
        {
            return CommandResult.Refused(standing);
        }

        actor = command.Actor;
        var db = command.Db;

        if (Refuse(actor, ref statement) is { } refused)
        {
            return refused;
        }

        var now = time.GetUtcNow();
        if (userId == actor.UserId || untilUtc is { } until && until <= now)
        {
            return CommandResult.Invalid([new FieldProblem(userId == actor.UserId ? "UserId" : "Until", "Invalid")]);
        }

        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, ct);
        if (user is null)
        {
            return CommandResult.Refused(Refusal.NotFound);
        }

        var targetRoles = await db.UserRoles.Where(ur => ur.UserId == userId).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToListAsync(ct);
        if (!actor.IsAdmin && (targetRoles.Contains(Roles.Moderator) || targetRoles.Contains(Roles.Admin)))
        {
            return CommandResult.Refused(Refusal.Forbidden); // only admins act on moderators and admins
        }

        user.LockoutEnabled = true;
        user.LockoutEnd = untilUtc;
        user.SecurityStamp = Guid.NewGuid().ToString("N"); // open circuits fail their next revalidation
        user.ConcurrencyStamp = Guid.NewGuid().ToString();
        var name = MemberRefs.Of(await MemberRefs.LoadAsync(db, [userId], ct), userId).DisplayName;
        var record = new ModerationRecord(ActionTaken, userId, [Activity(actor, name, "members/" + userId)])
        {
            Action = new ModerationAction
            {
                Kind = kind,
                SubjectUserId = userId,
                ModeratorId = actor.UserId,
                Statement = statement,
                Subject = name,
                UntilUtc = untilUtc == DateTimeOffset.MaxValue ? null : untilUtc,
                AtUtc = now,
            },
        };
        return await Recorder.CommitAsync(db, record, now, ct) ? CommandResult.Ok : CommandResult.Refused(Refusal.Conflict);
    }

    private static ModerationAction NewAction(Actor actor, ModerationActionKind kind, TargetRef target, string authorId, string statement, string subject, DateTimeOffset now) =>
        ModerationAction.On(kind, target, authorId, actor.UserId, subject, now, statement);

    private static ActivityRecord Activity(Actor actor, string subject, string link) => new(ActivityKind.ModerationActionTaken, actor.UserId, subject, link);

    /// <summary>Moderators only; every action states its reasons.</summary>
    private static CommandResult? Refuse(Actor actor, ref string statement)
    {
        if (actor.RefusalUnlessModerator() is { } refusal)
        {
            return CommandResult.Refused(refusal);
        }

        statement = statement?.Trim() ?? "";
        return statement.Length switch
        {
            0 => CommandResult.Invalid([new FieldProblem("Statement", "Required")]),
            > ModerationAction.StatementMaxLength => CommandResult.Invalid([new FieldProblem("Statement", "TooLong", ModerationAction.StatementMaxLength)]),
            _ => null,
        };
    }
}
