using BeneluxClimate.Domain.Partnerships;
using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Tests.Builders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BeneluxClimate.Tests.Browser.Notifications;

public sealed class NotificationBellTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task A_comment_on_annas_proposal_rings_her_bell_without_a_reload_and_the_open_list_shows_it()
    {
        var anna = await ActorAsync("anna@demo.test");
        var joost = await ActorAsync("joost@demo.test");
        var created = await App.Services.GetRequiredService<ProposalService>().CreateAsync(anna, ProposalInputs.Valid("Shared heat networks across the Scheldt"));
        Assert.True(created.Succeeded);
        await SignedInPageAsync("joost@demo.test", "/");
        Page = await SignedInPageAsync("anna@demo.test", "/", Context);
        var bell = Page.GetByTestId("notification-bell");
        await bell.WaitForAsync();
        var before = await Page.GetByTestId("notification-count").CountAsync() == 0 ? 0 : int.Parse(await Page.GetByTestId("notification-count").TextContentAsync() ?? "0");

        var posted = await App.Services.GetRequiredService<DiscussionService>()
            .PostAsync(joost, created.ProposalId!.Value, new CommentInput(Guid.NewGuid(), "We could bring the Zeeland side of the heat network."));
        Assert.True(posted.Succeeded);

        await Assertions.Expect(Page.GetByTestId("notification-count")).ToHaveTextAsync((before + 1).ToString());
        await Assertions.Expect(bell).ToHaveAttributeAsync("aria-label", before == 0 ? "Notifications, 1 unread" : $"Notifications, {before + 1} unread");
        await bell.ClickAsync();
        var item = Page.GetByTestId("notification-item").First;
        await Assertions.Expect(item).ToHaveAttributeAsync("data-kind", "CommentOnMyProposal");
        await Assertions.Expect(item).ToContainTextAsync("Joost Bakker commented on your proposal “Shared heat networks across the Scheldt”");
        await Assertions.Expect(item.Locator("a")).ToHaveAttributeAsync("href", $"proposals/{created.ProposalId}#comment-{posted.Comment!.Id}");
        await Assertions.Expect(Page.GetByTestId("notification-count")).ToHaveCountAsync(0);
        await CheckPageAsync("bell-open");

        await Page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(Page.GetByTestId("notification-list")).ToHaveCountAsync(0);
    }
}
