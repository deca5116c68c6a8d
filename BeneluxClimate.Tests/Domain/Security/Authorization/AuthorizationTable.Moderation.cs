using BeneluxClimate.Domain.Moderation;
using static BeneluxClimate.Tests.Domain.Security.Authorization.AuthorizationRole;

namespace BeneluxClimate.Tests.Domain.Security.Authorization;

public static partial class AuthorizationTable
{
    private static IEnumerable<AuthorizationRow> Moderation =>
    [
        .. new AuthorizationRows<ModerationService>()
            .Row(nameof(ModerationService.FindMembersAsync), async (s, x, a) => (await s.FindMembersAsync(a, "Mia")).Refusal, Allow.Moderators)
            .Row(nameof(ModerationService.HideAsync),
                async (s, x, a) => (await s.HideAsync(a, CommentOf(x), ReportReason.Spam, "Advertising")).Refusal, Allow.Moderators)
            .Row(nameof(ModerationService.RestoreAsync),
                async (s, x, a) => (await s.RestoreAsync(a, HiddenCommentOf(x), "Not an advert after all")).Refusal, Allow.Moderators)
            .Row(nameof(ModerationService.DismissReportsAsync),
                async (s, x, a) => (await s.DismissReportsAsync(a, CommentOf(x), "Fair comment")).Refusal, Allow.Moderators)
            .Row(nameof(ModerationService.LockDiscussionAsync),
                async (s, x, a) => (await s.LockDiscussionAsync(a, x.Ids.Proposal, locked: true, "Cooling down")).Refusal, Allow.Moderators)
            .Row(nameof(ModerationService.SetSlowModeAsync),
                async (s, x, a) => (await s.SetSlowModeAsync(a, x.Ids.Proposal, 60, "Cooling down")).Refusal, Allow.Moderators)
            .Row(nameof(ModerationService.SuspendAsync),
                async (s, x, a) => (await s.SuspendAsync(a, x.UserId(OtherMember), DateTimeOffset.UtcNow.AddDays(7), "Repeated spam")).Refusal, Allow.Moderators)
            .Row(nameof(ModerationService.BanAsync), async (s, x, a) => (await s.BanAsync(a, x.UserId(OtherMember), "Repeated abuse")).Refusal, Allow.Moderators)
            .Row(nameof(ModerationService.ReinstateAsync),
                async (s, x, a) => (await s.ReinstateAsync(a, x.UserId(OtherMember), "Appeal upheld")).Refusal, Allow.Moderators)
            .All,
        .. new AuthorizationRows<ReportService>()
            .Row(nameof(ReportService.FileAsync), "not the author's own words",
                async (s, x, a) => (await s.FileAsync(a, new TargetRef(ReportTarget.Proposal, x.Ids.Proposal), ReportReason.Spam, "An advert")).Refusal,
                Allow.SignedInExcept(Member))
            .Hidden(nameof(ReportService.HasReportedAsync), "own report", async (s, x, a) => Shown.If(await s.HasReportedAsync(a, CommentOf(x))), Allow.Only(OtherMember))
            .Hidden(nameof(ReportService.ReportedAmongAsync), "own report",
                async (s, x, a) => Shown.If((await s.ReportedAmongAsync(a, ReportTarget.Comment, [x.Ids.Comment])).Count > 0), Allow.Only(OtherMember))
            .All,
        .. new AuthorizationRows<ReportQueue>()
            .Row(nameof(ReportQueue.OpenAsync), async (s, x, a) => (await s.OpenAsync(a)).Refusal, Allow.Moderators)
            .Hidden(nameof(ReportQueue.OpenCountAsync), "an open report", async (s, x, a) => Shown.If(await s.OpenCountAsync(a) > 0), Allow.Moderators)
            .All,
        .. new AuthorizationRows<AppealService>()
            .Hidden(nameof(AppealService.StatementAsync), "why a comment was hidden",
                async (s, x, a) => Shown.If(await s.StatementAsync(a, HiddenCommentOf(x)) is not null), [Member, .. Allow.Moderators])
            .Row(nameof(AppealService.AppealAsync), "the author's hidden comment",
                async (s, x, a) => (await s.AppealAsync(a, x.Ids.HiddenCommentAction, "Please look again.")).Refusal, Allow.Only(Member))
            .Row(nameof(AppealService.OpenAsync), async (s, x, a) => (await s.OpenAsync(a)).Refusal, Allow.Moderators)
            .Row(nameof(AppealService.DecideAsync), "another moderator's decision",
                async (s, x, a) => (await s.DecideAsync(a, x.Ids.Appeal, upheld: true, "Fair point")).Refusal, Allow.Moderators)
            .All,
        .. new AuthorizationRows<ActivityFeed>()
            .Row(nameof(ActivityFeed.ListAsync), async (s, x, a) => (await s.ListAsync(a, new ActivityQuery())).Refusal, Allow.Moderators)
            .All,
        .. new AuthorizationRows<AuditLog>()
            .Row(nameof(AuditLog.SearchAsync), async (s, x, a) => (await s.SearchAsync(a, null)).Refusal, Allow.Moderators)
            .Row(nameof(AuditLog.ExportCsvAsync), async (s, x, a) => (await s.ExportCsvAsync(a, null)).Refusal, Allow.Moderators)
            .Row(nameof(AuditLog.MonthAsync), async (s, x, a) => (await s.MonthAsync(a, DateTime.UtcNow.Year, DateTime.UtcNow.Month)).Refusal, Allow.Moderators)
            .All,
    ];

    private static TargetRef CommentOf(AuthorizationScenario x) => new(ReportTarget.Comment, x.Ids.Comment);

    private static TargetRef HiddenCommentOf(AuthorizationScenario x) => new(ReportTarget.Comment, x.Ids.HiddenComment);
}
