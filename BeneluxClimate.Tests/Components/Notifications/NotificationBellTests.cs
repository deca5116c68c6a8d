using System.Security.Claims;
using BeneluxClimate.App.Components.Layout;
using BeneluxClimate.App.Security;
using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Notifications;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Tests.Builders;
using Bunit;
using Microsoft.Extensions.DependencyInjection;

namespace BeneluxClimate.Tests.Components.Notifications;

public sealed class NotificationBellTests : IAsyncLifetime
{
    private readonly FakeLiveBus bus = new();
    private TestDatabase database = null!;
    private string annaId = null!;
    private string joostId = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        annaId = await database.AddMemberAsync("Anna Peeters", "anna@example.test");
        joostId = await database.AddMemberAsync("Joost Bakker", "joost@example.test");
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    private ComponentTestContext SignedInAnna(string culture = "en")
    {
        var context = new ComponentTestContext(culture, services: s =>
        {
            s.AddSingleton(database.Get<NotificationService>());
            s.AddSingleton(TimeProvider.System);
            s.AddSingleton<ILiveBus>(bus);
            s.AddSingleton(database.Get<TopicSequenceReader>());
            s.AddScoped<ActorAccessor>();
        }).SignedInAs("Anna Peeters");
        context.Authorization.SetClaims(
            new Claim(ClaimTypes.NameIdentifier, annaId),
            new Claim(App.Components.Account.ClimateClaimsPrincipalFactory.DisplayNameClaim, "Anna Peeters"));
        return context;
    }

    private LiveEvent Added(long sequence, string forUser, NotificationKind kind = NotificationKind.CommentOnMyProposal, string actor = "Joost Bakker") =>
        new(LiveTopics.Notifications(annaId), sequence, PartnershipNotifier.NotificationAdded,
            new NotificationView(100 + sequence, kind, 7, 42, actor, "Shared heat networks across the Scheldt", DateTimeOffset.UtcNow.AddMinutes(-3), IsRead: false),
            Audience.Named(forUser), DateTimeOffset.UtcNow);

    [Fact]
    public async Task A_pushed_notification_adds_the_item_on_top_and_counts_it_unread_without_a_query()
    {
        await using var context = SignedInAnna();
        var bell = context.Render<NotificationBell>();
        bell.WaitForAssertion(() => Assert.Equal(1, bus.SubscriberCount));
        Assert.Empty(bell.FindAll("[data-testid=notification-count]"));
        Assert.Equal("Notifications, none unread", bell.Find("[data-testid=notification-bell]").GetAttribute("aria-label"));
        var queriesBefore = database.Commands.Count;

        await bus.PushAsync(Added(1, annaId));

        bell.WaitForAssertion(() => Assert.Equal("1", bell.Find("[data-testid=notification-count]").TextContent));
        Assert.Equal(queriesBefore, database.Commands.Count);
        Assert.Equal("Notifications, 1 unread", bell.Find("[data-testid=notification-bell]").GetAttribute("aria-label"));
        await bus.PushAsync(Added(1, annaId)); // delivered twice: counted once
        await bus.PushAsync(Added(2, annaId, NotificationKind.Mention, "Claire Schmit"));
        bell.WaitForAssertion(() => Assert.Equal("2", bell.Find("[data-testid=notification-count]").TextContent));

        bell.Find("[data-testid=notification-bell]").Click();

        var items = context.Popovers.FindAll("[data-testid=notification-item]");
        Assert.Equal(["Mention", "CommentOnMyProposal"], items.Select(i => i.GetAttribute("data-kind")));
        Assert.Equal("Claire Schmit mentioned you on “Shared heat networks across the Scheldt”", items[0].QuerySelector(".notification-text")!.TextContent);
        Assert.Equal("proposals/7#comment-42", items[1].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("3 min ago", items[1].QuerySelector("time")!.TextContent);
        Assert.Empty(bell.FindAll("[data-testid=notification-count]")); // opening the bell reads them
    }

    [Fact]
    public async Task An_event_named_for_someone_else_is_ignored()
    {
        await using var context = SignedInAnna();
        var bell = context.Render<NotificationBell>();
        bell.WaitForAssertion(() => Assert.Equal(1, bus.SubscriberCount));

        await bus.PushAsync(Added(1, joostId));

        Assert.Empty(bell.FindAll("[data-testid=notification-count]"));
        bell.Find("[data-testid=notification-bell]").Click();
        Assert.Empty(context.Popovers.FindAll("[data-testid=notification-item]"));
        Assert.NotNull(context.Popovers.Find("[data-testid=notification-empty]"));
    }

    [Fact]
    public async Task Stored_notifications_load_and_opening_the_bell_marks_them_read()
    {
        await database.Get<PartnershipNotifier>().NotifyAsync([(annaId, NotificationKind.InterestInMyProposal)], 7, "Shared heat networks", null, joostId, default);
        await using var context = SignedInAnna();
        var bell = context.Render<NotificationBell>();
        bell.WaitForAssertion(() => Assert.Equal("1", bell.Find("[data-testid=notification-count]").TextContent));

        bell.Find("[data-testid=notification-bell]").Click();

        var item = context.Popovers.Find("[data-testid=notification-item]");
        Assert.Equal("InterestInMyProposal", item.GetAttribute("data-kind"));
        Assert.Equal("proposals/7", item.QuerySelector("a")!.GetAttribute("href"));
        var inbox = (await database.Get<NotificationService>().InboxAsync(Actor.Member(annaId, Roles.Member))).Value!;
        Assert.Equal(0, inbox.Unread);
    }

    [Fact]
    public async Task Notifications_are_worded_in_the_readers_language()
    {
        await using var context = SignedInAnna("de");
        var bell = context.Render<NotificationBell>();
        bell.WaitForAssertion(() => Assert.Equal(1, bus.SubscriberCount));

        await bus.PushAsync(Added(1, annaId, NotificationKind.ReplyToMyComment));

        bell.WaitForAssertion(() => Assert.Equal("Benachrichtigungen, 1 ungelesen", bell.Find("[data-testid=notification-bell]").GetAttribute("aria-label")));
        bell.Find("[data-testid=notification-bell]").Click();
        var item = context.Popovers.Find("[data-testid=notification-item]");
        Assert.Equal("Joost Bakker hat auf Ihren Kommentar zu „Shared heat networks across the Scheldt“ geantwortet", item.QuerySelector(".notification-text")!.TextContent);
        Assert.Equal("vor 3 Min.", item.QuerySelector("time")!.TextContent);
    }
}
