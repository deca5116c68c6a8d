using BeneluxClimate.Domain.Partnerships;
using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Tests.Builders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BeneluxClimate.Tests.Browser.Proposals;

public sealed class ProposalPageTests(BrowserFixture browser) : BrowserTest(browser)
{
    private async Task<int> ProposeAsAnnaAsync()
    {
        var contexts = App.Services.GetRequiredService<IDbContextFactory<ClimateDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        var annaId = await db.Users.Where(u => u.Email == "anna@demo.test").Select(u => u.Id).SingleAsync();
        var created = await App.Services.GetRequiredService<ProposalService>().CreateAsync(Actor.Member(annaId, Roles.Member), ProposalInputs.Valid());
        Assert.True(created.Succeeded);
        return created.ProposalId!.Value;
    }

    private static Task ExpectStatusAsync(IPage page, string status) =>
        Assertions.Expect(page.GetByTestId("proposal-status")).ToHaveAttributeAsync("data-status", status);

    [Fact]
    public async Task Three_members_see_each_other_arrive_and_an_interest_become_a_partnership_without_reload()
    {
        var path = $"/proposals/{await ProposeAsAnnaAsync()}";
        var anna = await SignedInPageAsync("anna@demo.test", path);
        await Assertions.Expect(anna.GetByTestId("viewer-count")).ToHaveTextAsync("1");

        var joost = await SignedInPageAsync("joost@demo.test", path);
        await Assertions.Expect(anna.GetByTestId("viewer-count")).ToHaveTextAsync("2");
        var claire = await SignedInPageAsync("claire@demo.test", path);
        await Assertions.Expect(anna.GetByTestId("viewer-count")).ToHaveTextAsync("3");
        await Assertions.Expect(joost.GetByTestId("viewer-count")).ToHaveTextAsync("3");

        await joost.GetByTestId("interest-button").ClickAsync();
        var message = joost.Locator("textarea[data-testid=interest-message], [data-testid=interest-message] textarea").First;
        await message.FillAsync("We build heat pumps in Eindhoven and would love to join.");
        Page = joost;
        await CheckPageAsync("interest-dialog");
        await joost.GetByTestId("interest-send").ClickAsync();
        await Assertions.Expect(joost.GetByTestId("interest-state")).ToHaveAttributeAsync("data-status", "Pending");

        await Assertions.Expect(anna.GetByTestId("interest-count")).ToHaveTextAsync("1");
        await Assertions.Expect(claire.GetByTestId("interest-count")).ToHaveTextAsync("1");
        var item = anna.GetByTestId("interest-item");
        await Assertions.Expect(item).ToContainTextAsync("heat pumps in Eindhoven");
        Page = anna;
        await CheckPageAsync("author");

        await item.GetByTestId("interest-accept").ClickAsync();
        await Assertions.Expect(joost.GetByTestId("interest-state")).ToHaveAttributeAsync("data-status", "Accepted");
        await Assertions.Expect(joost.GetByTestId("partner")).ToContainTextAsync("Joost");
        await ExpectStatusAsync(joost, "InDiscussion");
        await ExpectStatusAsync(claire, "InDiscussion");

        await anna.GetByTestId("proposal-status-select").ClickAsync();
        await anna.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "Partnership formed" }).First.ClickAsync();
        foreach (var page in new[] { anna, joost, claire })
        {
            await ExpectStatusAsync(page, "PartnershipFormed");
        }

        Page = claire;
        await CheckPageAsync("visitor");
        await ScreenshotAsync("partner-view");
        // She follows a link away (the same circuit, so the page is gone at once); the others' count drops without reload.
        await claire.GetByRole(AriaRole.Navigation, new() { Name = "Main navigation" }).GetByRole(AriaRole.Link, new() { Name = "Partnerships" }).ClickAsync();
        await Assertions.Expect(anna.GetByTestId("viewer-count")).ToHaveTextAsync("2");
        await claire.Context.CloseAsync();
        await joost.Context.CloseAsync();
        await anna.Context.CloseAsync();
    }

    [Fact]
    public async Task An_unknown_proposal_is_a_404()
    {
        var missing = await OpenAsync("/proposals/999999", interactive: false);
        Assert.Equal(404, missing!.Status);
    }
}
