using Microsoft.Playwright;

namespace BeneluxClimate.Tests.Browser.Proposals;

/// <summary>An author edits a proposal in two tabs: the later save says the proposal changed and keeps the earlier one.</summary>
public sealed class EditConflictBrowserTests(BrowserFixture browser) : DiscussionBrowserTest(browser)
{
    [Fact]
    public async Task Saving_an_older_copy_of_a_proposal_says_it_changed_meanwhile_and_overwrites_nothing()
    {
        var id = await ProposeAsAnnaAsync();
        var firstTab = await SignedInPageAsync("anna@demo.test", $"/proposals/{id}/edit");
        var secondTab = await firstTab.Context.NewPageAsync();
        await secondTab.GotoAsync($"/proposals/{id}/edit");
        await secondTab.Locator("[data-testid=app][data-interactive=true]").WaitForAsync();

        await firstTab.GetByTestId("proposal-form-title").FillAsync("District heat from the port of Antwerp");
        await secondTab.GetByTestId("proposal-form-title").FillAsync("District heat from the port of Rotterdam");
        await firstTab.GetByTestId("proposal-form-submit").ClickAsync();
        await firstTab.WaitForURLAsync($"**/proposals/{id}");
        await secondTab.GetByTestId("proposal-form-submit").ClickAsync();

        await Assertions.Expect(secondTab.GetByTestId("proposal-form-error")).ToContainTextAsync("changed in the meantime");
        await Assertions.Expect(secondTab.GetByTestId("proposal-form-title")).ToHaveValueAsync("District heat from the port of Rotterdam");
        Page = secondTab;
        await CheckPageAsync("conflict");

        await Page.GotoAsync($"/proposals/{id}");
        await Assertions.Expect(Page.GetByTestId("proposal-title")).ToHaveTextAsync("District heat from the port of Antwerp");
    }
}
