using BeneluxClimate.Domain.Persistence;
using Microsoft.Playwright;

namespace BeneluxClimate.Tests.Browser.Projects;

// The moderator signs in with a password only: two-factor sign-in is covered by the account tests.
public sealed class ProjectPageTests(BrowserFixture browser) : BrowserTest(browser, new() { ["Security:RequireTwoFactorForStaff"] = "false" })
{
    private ILocator ImpactInput(string kind) =>
        Page.Locator($"input[data-testid=project-impact-input][data-kind={kind}], [data-testid=project-impact-input][data-kind={kind}] input").First;

    private async Task ChooseAsync(string selectTestId, params string[] items)
    {
        await Page.Locator($"[data-testid={selectTestId}]").First.ClickAsync();
        foreach (var item in items)
        {
            await Page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = item }).First.ClickAsync();
        }

        await Page.Keyboard.PressAsync("Escape");
    }

    [Fact]
    public async Task A_member_creates_a_project_fixing_a_negative_figure_and_publishes_it_while_a_moderator_watches_live()
    {
        await SignInAsync("joost@demo.test", DemoSeeder.Password);
        await WaitForCircuitAsync();
        await OpenAsync("/projects/new");
        await Page.GetByTestId("project-form-title").FillAsync("Tidal kites on the Brouwersdam");
        await Page.GetByTestId("project-form-summary").FillAsync("Small tidal turbines on a Zeeland storm-surge barrier, with partners in Flanders.");
        await Page.GetByTestId("project-form-description").FillAsync("We test **tidal kites** in the sluice of the Brouwersdam.");
        await Page.Locator("[data-theme=MitigationEnergy]").ClickAsync();
        await ChooseAsync("project-form-countries", "Netherlands", "Belgium");
        await ImpactInput("Co2eAvoided").FillAsync("-1200");
        await CheckPageAsync("form");
        await Page.GetByTestId("project-form-submit").ClickAsync();

        await Assertions.Expect(Page.GetByText("A figure cannot be negative.")).ToBeVisibleAsync();
        Assert.EndsWith("/projects/new", Page.Url);
        await ImpactInput("Co2eAvoided").FillAsync("1200");
        await Page.GetByTestId("project-form-submit").ClickAsync();

        await Page.WaitForURLAsync(new System.Text.RegularExpressions.Regex(@"/projects/\d+$"));
        var path = new Uri(Page.Url).AbsolutePath;
        await Assertions.Expect(Page.GetByTestId("project-title")).ToHaveTextAsync("Tidal kites on the Brouwersdam");
        await Assertions.Expect(Page.GetByTestId("project-status-banner")).ToHaveAttributeAsync("data-status", "Draft");
        await Assertions.Expect(Page.GetByTestId("cross-border-badge")).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator("[data-testid=impact-figure][data-kind=Co2eAvoided]")).ToContainTextAsync("1,200");
        await CheckPageAsync("draft");

        var moderator = await SignedInPageAsync("moderator@demo.test", path);
        await Assertions.Expect(moderator.GetByTestId("project-status-banner")).ToHaveAttributeAsync("data-status", "Draft");

        await Page.GetByTestId("project-publish").ClickAsync();

        await Assertions.Expect(moderator.GetByTestId("project-status-banner")).ToHaveCountAsync(0);
        await Assertions.Expect(moderator.GetByTestId("project-hero")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("live-highlight"));
        await Assertions.Expect(moderator.GetByTestId("project-hide")).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByTestId("project-archive")).ToBeVisibleAsync();
        await CheckPageAsync("published");
        await moderator.Context.DisposeAsync();

        await Context.ClearCookiesAsync(); // a visitor now sees the published project
        var visitor = await OpenAsync(path);
        Assert.Equal(200, visitor!.Status);
        await Assertions.Expect(Page.GetByTestId("follow-button")).ToHaveCountAsync(0);
        await Page.GetByTestId("project-lead").ClickAsync();
        var listed = Page.Locator($"[data-testid=organisation-project][data-project-id='{path.Split('/').Last()}']");
        await Assertions.Expect(listed).ToContainTextAsync("Tidal kites on the Brouwersdam");
        await Assertions.Expect(listed.GetByTestId("project-stage")).ToHaveAttributeAsync("data-stage", "Idea");
        await CheckPageAsync("organisation-projects");

        var missing = await OpenAsync("/projects/999999", interactive: false);
        Assert.Equal(404, missing!.Status);
    }
}
