using BeneluxClimate.Domain.Persistence;
using Microsoft.Playwright;

namespace BeneluxClimate.Tests.Browser.Proposals;

public sealed class ProposalListTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task A_member_proposes_across_a_border_after_fixing_the_countries_and_two_open_lists_show_it_without_reloading()
    {
        var joost = await SignedInPageAsync("joost@demo.test", "/proposals");
        var claire = await SignedInPageAsync("claire@demo.test", "/proposals");
        var author = Page;
        var before = int.Parse(await claire.GetByTestId("proposal-count").InnerTextAsync(), System.Globalization.NumberStyles.AllowThousands);
        Page = joost;
        await CheckPageAsync("list");

        Page = author;
        await SignInAsync("anna@demo.test", DemoSeeder.Password);
        await WaitForCircuitAsync();
        await OpenAsync("/proposals/new");
        await Page.GetByTestId("proposal-form-title").FillAsync("Heat from the port of Antwerp for Zeeland towns");
        await Page.GetByTestId("proposal-form-summary").FillAsync("Linking heat networks across the Scheldt, with a Dutch municipality and researchers.");
        await Page.GetByTestId("proposal-form-body").FillAsync("We share **residual heat** from the port.");
        await Page.Locator("[data-testid=proposal-form-themes] [data-theme=MitigationEnergy]").ClickAsync();
        await Page.Locator("[data-testid=proposal-form-sought-types] [data-actor-type=Research]").ClickAsync();
        await CheckPageAsync("form");
        await Page.GetByTestId("proposal-form-submit").ClickAsync();

        await Assertions.Expect(Page.GetByText("A proposal must reach across a border: add at least one country besides your own.")).ToBeVisibleAsync();
        Assert.EndsWith("/proposals/new", Page.Url);
        await Page.Locator("[data-testid=proposal-form-countries]").First.ClickAsync();
        await Page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "Netherlands" }).First.ClickAsync();
        await Page.Keyboard.PressAsync("Escape");
        await CheckPageAsync("form-with-problem-fixed");
        await Page.GetByTestId("proposal-form-submit").ClickAsync();
        await Page.WaitForURLAsync(new System.Text.RegularExpressions.Regex(@"/proposals/\d+$"));
        var id = new Uri(Page.Url).AbsolutePath.Split('/')[^1];

        foreach (var watcher in new[] { joost, claire })
        {
            var card = watcher.Locator($"[data-testid=proposal-card][data-proposal-id='{id}']");
            await Assertions.Expect(card).ToBeVisibleAsync();
            await Assertions.Expect(card).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("live-highlight"));
            await Assertions.Expect(card.GetByTestId("proposal-card-title")).ToHaveTextAsync("Heat from the port of Antwerp for Zeeland towns");
            await Assertions.Expect(watcher.GetByTestId("proposal-card").First).ToHaveAttributeAsync("data-proposal-id", id);
        }

        await Assertions.Expect(claire.GetByTestId("proposal-count")).ToHaveTextAsync((before + 1).ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("en")));
        Page = claire;
        await ScreenshotAsync("list-after-live-card");
    }
}
