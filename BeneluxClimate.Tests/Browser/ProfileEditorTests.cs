using BeneluxClimate.Domain.Persistence;
using Microsoft.Playwright;

namespace BeneluxClimate.Tests.Browser;

public sealed class ProfileEditorTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task A_registered_member_is_reminded_and_completes_the_onboarding_steps()
    {
        await SignInAsync("bram.jacobs@demo.test", DemoSeeder.Password);
        await WaitForCircuitAsync();
        await Assertions.Expect(Page.GetByTestId("onboarding-reminder")).ToBeVisibleAsync();
        await CheckPageAsync("reminder");

        await Page.GetByTestId("onboarding-reminder-link").ClickAsync();
        await Page.WaitForURLAsync("**/account/profile");
        await Assertions.Expect(Page.GetByTestId("onboarding-reminder")).ToHaveCountAsync(0);
        await Assertions.Expect(Page.GetByTestId("profile-display-name")).ToHaveValueAsync("Bram Jacobs");
        await Page.GetByTestId("onboarding-next").ClickAsync();
        await Assertions.Expect(Page.Locator(".mud-input-control", new() { Has = Page.GetByTestId("profile-headline") }))
            .ToContainTextAsync("Please fill this in.");
        await CheckPageAsync("about-incomplete");

        await Page.GetByTestId("profile-headline").FillAsync("Hydrologist mapping flood risk along the Scheldt");
        await Page.Locator("[data-actor-type=Business]").ClickAsync();
        await Page.GetByTestId("onboarding-next").ClickAsync();

        await PlacePicker.ChooseAsync(Page, "Belg", "Belgium", "East Flanders");
        await Page.Locator("[data-language=nl]").ClickAsync();
        await Page.Locator("[data-language=en]").ClickAsync();
        await Assertions.Expect(Page.Locator("[data-language=nl]")).ToHaveAttributeAsync("aria-pressed", "true");
        await Assertions.Expect(Page.Locator("[data-language=en]")).ToHaveAttributeAsync("aria-pressed", "true"); // judged once both are rendered
        await CheckPageAsync("where");
        await Page.GetByTestId("onboarding-next").ClickAsync();

        await Page.Locator("[data-theme=Water]").ClickAsync();
        await Page.Locator("[data-theme=Adaptation]").ClickAsync();
        await Page.GetByTestId("profile-expertise-input").FillAsync("flood modelling");
        await Page.GetByTestId("profile-expertise-input").PressAsync("Enter");
        await Assertions.Expect(Page.Locator("[data-tag='flood modelling']")).ToBeVisibleAsync();
        await CheckPageAsync("work");
        await Page.GetByTestId("onboarding-next").ClickAsync();

        await Page.GetByTestId("profile-bio").FillAsync("I map **flood risk** along the Scheldt estuary.");
        await Assertions.Expect(Page.GetByTestId("profile-bio-preview").Locator("strong")).ToHaveTextAsync("flood risk");
        await Page.GetByTestId("profile-links-add").ClickAsync();
        await Page.Locator("input[data-link-index='0'], [data-link-index='0'] input").First.FillAsync("https://example.org/scheldt-floods");
        await Page.Locator("input[data-visibility=Public], [data-visibility=Public] input").First.CheckAsync();
        await Page.Locator("input[data-testid=profile-show-email], [data-testid=profile-show-email] input").First.CheckAsync();
        await CheckPageAsync("story");
        await Page.GetByTestId("onboarding-finish").ClickAsync();

        await Assertions.Expect(Page.GetByTestId("profile-saved")).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByTestId("onboarding-member-link")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("members/[^/]+$"));
        await Assertions.Expect(Page.GetByTestId("onboarding-directory-link")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("members$"));
        await CheckPageAsync("done");

        await OpenAsync("/");
        await Assertions.Expect(Page.GetByTestId("onboarding-reminder")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task An_onboarded_member_edits_her_headline_and_sees_domain_problems_under_the_field()
    {
        await SignInAsync("anna@demo.test", DemoSeeder.Password);
        await WaitForCircuitAsync();
        await Assertions.Expect(Page.GetByTestId("onboarding-reminder")).ToHaveCountAsync(0);
        await OpenAsync("/account/profile");
        await Assertions.Expect(Page.GetByTestId("profile-save")).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator("[data-testid=profile-themes] [aria-pressed=true]").First).ToBeVisibleAsync();
        await CheckPageAsync("editor");

        await Page.GetByTestId("profile-headline").FillAsync("   ");
        await Page.GetByTestId("profile-save").ClickAsync();
        await Assertions.Expect(Page.Locator(".mud-input-control", new() { Has = Page.GetByTestId("profile-headline") }))
            .ToContainTextAsync("Please fill this in.");
        await CheckPageAsync("editor-problem");

        const string headline = "Climate adaptation researcher, KU Leuven — Scheldt and Meuse basins";
        await Page.GetByTestId("profile-headline").FillAsync(headline);
        await Page.GetByTestId("profile-save").ClickAsync();
        await Assertions.Expect(Page.GetByTestId("profile-saved")).ToBeVisibleAsync();
        await CheckPageAsync("editor-saved");

        await OpenAsync("/account/profile");
        await Assertions.Expect(Page.GetByTestId("profile-headline")).ToHaveValueAsync(headline);
    }
}
