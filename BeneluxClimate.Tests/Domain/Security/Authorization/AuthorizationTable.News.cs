using BeneluxClimate.Domain.News;
using BeneluxClimate.Domain.Notifications;

namespace BeneluxClimate.Tests.Domain.Security.Authorization;

public static partial class AuthorizationTable
{
    private static IEnumerable<AuthorizationRow> News =>
    [
        .. new AuthorizationRows<NewsService>()
            .Row(nameof(NewsService.PublishAsync), async (s, x, a) => (await s.PublishAsync(a, ScenarioSeed.NewsInput("Luxembourg joins the pilot"))).Result.Refusal, Allow.Hosts)
            .Row(nameof(NewsService.UpdateAsync), "the writer's own post",
                async (s, x, a) => (await s.UpdateAsync(a, x.Ids.News, ScenarioSeed.NewsInput("Heat networks cross the border, updated"))).Refusal, Allow.Hosts)
            .Row(nameof(NewsService.WithdrawAsync), "the writer's own post", async (s, x, a) => (await s.WithdrawAsync(a, x.Ids.News)).Refusal, Allow.Hosts)
            .All,
        .. new AuthorizationRows<NewsDirectory>()
            .Row(nameof(NewsDirectory.GetAsync), async (s, x, a) => (await s.GetAsync(a, x.Ids.News)).Refusal, Allow.Everyone)
            .Hidden(nameof(NewsDirectory.GetAsync), "scheduled", async (s, x, a) => (await s.GetAsync(a, x.Ids.ScheduledNews)).Refusal, Allow.Hosts)
            .Row(nameof(NewsDirectory.ListAsync), async (s, x, a) => (await s.ListAsync(a, new NewsQuery())).Refusal, Allow.Everyone)
            .Hidden(nameof(NewsDirectory.ListAsync), "scheduled",
                async (s, x, a) => Shown.If((await s.ListAsync(a, new NewsQuery())).Value!.Items.Items.Any(n => n.Id == x.Ids.ScheduledNews)), Allow.Hosts)
            .Row(nameof(NewsDirectory.InputForEditAsync), "the writer's own post", async (s, x, a) => (await s.InputForEditAsync(a, x.Ids.News)).Refusal, Allow.Hosts)
            .All,
    ];

    private static IEnumerable<AuthorizationRow> Notifications =>
        new AuthorizationRows<NotificationService>()
            .Row(nameof(NotificationService.InboxAsync), "own inbox", async (s, x, a) => (await s.InboxAsync(a)).Refusal, Allow.SignedIn)
            .Hidden(nameof(NotificationService.InboxAsync), "the author's notice of an interest",
                async (s, x, a) => Shown.If((await s.InboxAsync(a)).Value?.Newest.Any(n => n.Kind == NotificationKind.InterestInMyProposal) == true),
                Allow.Only(AuthorizationRole.Member))
            .Row(nameof(NotificationService.MarkAllReadAsync), "own inbox", async (s, x, a) => (await s.MarkAllReadAsync(a)).Refusal, Allow.SignedIn)
            .Row(nameof(NotificationService.DisabledKindsAsync), "own settings", async (s, x, a) => (await s.DisabledKindsAsync(a)).Refusal, Allow.SignedIn)
            .Row(nameof(NotificationService.SetDisabledKindsAsync), "own settings",
                async (s, x, a) => (await s.SetDisabledKindsAsync(a, [NotificationKind.Mention])).Refusal, Allow.SignedIn)
            .All;
}
