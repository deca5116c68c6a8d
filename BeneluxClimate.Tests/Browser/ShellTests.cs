using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace BeneluxClimate.Tests.Browser;

public sealed class ShellTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task The_home_page_goes_live_and_shows_the_network()
    {
        await OpenAsync("/");

        await Assertions.Expect(Page.Locator("h1")).ToHaveTextAsync("Where the Benelux climate network meets");
        var members = int.Parse(await Page.GetByTestId("member-total").InnerTextAsync(), System.Globalization.NumberStyles.AllowThousands);
        Assert.InRange(members, 36, 100); // the demo network: onboarded members only
        await Assertions.Expect(Page.Locator("nav.main-nav a")).ToHaveTextAsync(["Members", "Projects", "Partnerships", "Events", "News"]);
        await CheckPageAsync("home");
    }

    [Fact]
    public async Task Switching_to_Dutch_shows_Dutch_and_the_choice_persists()
    {
        await OpenAsync("/");

        await Page.GetByTestId("language-switch").Locator("[data-culture=nl]").ClickAsync();
        await WaitForCircuitAsync();

        await Assertions.Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "nl");
        await Assertions.Expect(Page.Locator("h1")).ToHaveTextAsync("Waar het Benelux-klimaatnetwerk elkaar ontmoet");
        await CheckPageAsync("home-nl");

        await Page.Locator("nav.main-nav a[href=members]").ClickAsync(); // in-app navigation: the links follow the page
        await Page.WaitForURLAsync(new Regex("/members$"));
        await Assertions.Expect(Page.GetByTestId("language-switch").Locator("[data-culture=en]"))
            .ToHaveAttributeAsync("href", "culture/set?culture=en&returnUrl=%2Fmembers");
        await Assertions.Expect(Page.GetByTestId("theme-toggle")).ToHaveAttributeAsync("href", new Regex("returnUrl=%2Fmembers$"));

        await OpenAsync("/Account/Login", interactive: false);
        await Assertions.Expect(Page.GetByTestId("login-submit")).ToHaveTextAsync(new Regex("Aanmelden", RegexOptions.IgnoreCase));
        await CheckPageAsync("login-nl");
    }

    [Fact]
    public async Task The_dark_theme_can_be_chosen_and_is_kept()
    {
        await OpenAsync("/");

        await Page.GetByTestId("theme-toggle").ClickAsync();
        await WaitForCircuitAsync();
        await Page.ReloadAsync();
        await WaitForCircuitAsync();

        await Assertions.Expect(Page.Locator("meta[name=color-scheme]")).ToHaveAttributeAsync("content", "dark");
        var background = await Page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor");
        Assert.Equal("rgb(12, 19, 34)", background);
        await CheckPageAsync("home-dark");
    }

    [Fact]
    public async Task On_a_phone_the_navigation_moves_into_a_menu()
    {
        await Page.SetViewportSizeAsync(390, 844);
        await OpenAsync("/");

        await Assertions.Expect(Page.Locator("nav.main-nav")).ToBeHiddenAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Members", Exact = true })).ToBeHiddenAsync();
        await Page.GetByTestId("nav-menu").ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Members", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByTestId("language-switch-phone").Locator("[data-culture]")).ToHaveCountAsync(4);
        await CheckPageAsync("phone-menu");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Members", Exact = true }).ClickAsync();
        await Assertions.Expect(Page).ToHaveURLAsync(new Regex("/members$"));
        await Assertions.Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Members", Exact = true })).ToBeHiddenAsync(); // closed on arrival
    }

    [Fact]
    public async Task An_unknown_address_answers_404_with_a_helpful_page()
    {
        var response = await OpenAsync("/projects/999999", interactive: false);

        Assert.Equal(404, response!.Status);
        await Assertions.Expect(Page.GetByTestId("not-found")).ToContainTextAsync("Page not found");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Go to the home page" }).ClickAsync();
        await Assertions.Expect(Page.Locator("h1")).ToHaveTextAsync("Where the Benelux climate network meets");
        await CheckPageAsync("not-found");
    }
}
