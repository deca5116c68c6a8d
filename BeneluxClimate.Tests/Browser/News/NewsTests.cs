using System.Text.RegularExpressions;
using BeneluxClimate.Domain.Persistence;
using Microsoft.Playwright;

namespace BeneluxClimate.Tests.Browser.News;

public sealed class NewsTests(BrowserFixture browser) : BrowserTest(browser, new() { ["Security:RequireTwoFactorForStaff"] = "false" })
{
    [Fact]
    public async Task A_host_publishes_a_post_that_appears_live_for_a_member_who_counts_once_however_often_they_reload()
    {
        const string Title = "Benelux heat day in Maastricht: registrations open";
        var member = await SignedInPageAsync("anna@demo.test", "/news");
        await Assertions.Expect(member.GetByTestId("news-item")).ToHaveCountAsync(6);

        await SignInAsync("host@demo.test", DemoSeeder.Password);
        await WaitForCircuitAsync();
        await OpenAsync("/news");
        await CheckPageAsync("list-host");
        await Page.GetByTestId("new-news").ClickAsync();
        await Page.WaitForURLAsync("**/news/new");
        await Page.GetByTestId("news-form-title").FillAsync(Title);
        await Page.GetByTestId("news-form-summary").FillAsync("Municipalities, utilities and researchers meet on 12 March to plan cross-border heat networks.");
        await Page.GetByTestId("news-form-body").FillAsync("Join us in **Maastricht**:\n\n- heat networks across the Maas\n- residual heat from industry");
        await Page.GetByRole(AriaRole.Tab, new() { Name = "Preview" }).ClickAsync();
        await Assertions.Expect(Page.GetByTestId("news-form-preview").Locator("strong")).ToHaveTextAsync("Maastricht");
        await CheckPageAsync("form");
        await Page.GetByTestId("news-form-submit").ClickAsync();

        await Page.WaitForURLAsync(new Regex(@"/news/\d+$"));
        await Assertions.Expect(Page.GetByTestId("news-title")).ToHaveTextAsync(Title);
        await Assertions.Expect(Page.GetByTestId("view-count")).ToHaveTextAsync("0"); // the author's own views do not count
        await CheckPageAsync("post-host");

        // On the member's open list, without a reload: the new post on top.
        var card = member.GetByTestId("news-item").First;
        await Assertions.Expect(card).ToContainTextAsync(Title);
        await Assertions.Expect(member.GetByTestId("news-item")).ToHaveCountAsync(7);
        await Assertions.Expect(card.GetByTestId("view-count")).ToHaveTextAsync("0");
        var hostPage = Page;
        Page = member;
        await CheckPageAsync("list-member");

        await card.GetByRole(AriaRole.Link, new() { Name = Title }).ClickAsync();
        await member.WaitForURLAsync(new Regex(@"/news/\d+$"));
        await Assertions.Expect(member.GetByTestId("news-title")).ToHaveTextAsync(Title);
        await Assertions.Expect(member.GetByTestId("view-count")).ToHaveTextAsync("1");
        await Assertions.Expect(hostPage.GetByTestId("view-count")).ToHaveTextAsync("1"); // live on the author's page too
        await member.Locator("[data-testid=app][data-interactive=true]").WaitForAsync();
        await CheckPageAsync("post-member");

        await member.ReloadAsync();
        await member.Locator("[data-testid=app][data-interactive=true]").WaitForAsync();
        await Assertions.Expect(member.GetByTestId("view-count")).ToHaveTextAsync("1");
        Page = hostPage;
        await member.Context.DisposeAsync();
    }

    [Fact]
    public async Task A_visitor_sees_the_latest_news_on_the_home_page_and_filters_the_list_by_language()
    {
        await OpenAsync("/");
        await Assertions.Expect(Page.GetByTestId("latest-news-item")).ToHaveCountAsync(3);
        await CheckPageAsync("home");

        await OpenAsync("/news?lang=de");
        await Assertions.Expect(Page.GetByTestId("news-item")).ToHaveCountAsync(1);
        await Assertions.Expect(Page.GetByTestId("news-item").First).ToHaveAttributeAsync("data-language", "de");
        await Assertions.Expect(Page.GetByTestId("new-news")).ToHaveCountAsync(0);
        await CheckPageAsync("list-german");

        var response = await OpenAsync("/news/987654", interactive: false);
        Assert.Equal(404, response!.Status);
    }

    [Fact]
    public async Task The_author_edits_a_post_and_a_member_may_not_write_news()
    {
        await SignInAsync("anna@demo.test", DemoSeeder.Password);
        await WaitForCircuitAsync();
        await OpenAsync("/news/new", interactive: false);
        await Page.WaitForURLAsync("**/Account/AccessDenied**");
        await Assertions.Expect(Page.GetByTestId("news-form-title")).ToHaveCountAsync(0);
        await Context.ClearCookiesAsync();

        await SignInAsync("host@demo.test", DemoSeeder.Password);
        await WaitForCircuitAsync();
        await OpenAsync("/news");
        await Page.GetByTestId("news-item").Filter(new() { HasText = "Call for projects" }).GetByRole(AriaRole.Link).ClickAsync();
        await Page.WaitForURLAsync(new Regex(@"/news/\d+$"));
        await WaitForCircuitAsync();
        await Page.GetByTestId("news-edit").ClickAsync();
        await Page.WaitForURLAsync(new Regex(@"/news/\d+/edit$"));
        await Assertions.Expect(Page.GetByTestId("news-form-title")).ToHaveValueAsync("Call for projects: cross-border heat networks in the Benelux");
        await CheckPageAsync("edit");
        await Page.GetByTestId("news-form-title").FillAsync("Call for projects: cross-border heat networks (deadline extended)");
        await Page.GetByTestId("news-form-submit").ClickAsync();

        await Page.WaitForURLAsync(new Regex(@"/news/\d+$"));
        await Assertions.Expect(Page.GetByTestId("news-title")).ToHaveTextAsync("Call for projects: cross-border heat networks (deadline extended)");
    }
}
