using BeneluxClimate.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BeneluxClimate.Tests.Browser.Members;

public sealed class DirectoryLiveTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task Two_members_watching_the_directory_see_a_newcomer_appear_without_reloading()
    {
        var anna = await SignedInPageAsync("anna@demo.test", "/members");
        var joost = await SignedInPageAsync("joost@demo.test", "/members");
        var before = int.Parse(await anna.GetByTestId("directory-count").InnerTextAsync());
        var koenId = await App.Services.GetRequiredService<IDbContextFactory<ClimateDbContext>>().CreateDbContext()
            .Users.Where(u => u.Email == "koen.willems@demo.test").Select(u => u.Id).SingleAsync();

        await CompleteOnboardingAsKoenAsync();

        foreach (var viewer in new[] { anna, joost })
        {
            var card = viewer.Locator($"[data-testid=member-card][data-member-id='{koenId}']");
            await Assertions.Expect(card).ToContainTextAsync("Heat network engineer in Hasselt");
            await Assertions.Expect(card).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("live-highlight"));
            await Assertions.Expect(viewer.GetByTestId("directory-count")).ToHaveTextAsync((before + 1).ToString());
        }

        await anna.Context.DisposeAsync();
        await joost.Context.DisposeAsync();
    }

    // Koen, registered but not yet a network member, goes through the guided onboarding in his own browser.
    private async Task CompleteOnboardingAsKoenAsync()
    {
        await SignInAsync("koen.willems@demo.test", DemoSeeder.Password);
        await WaitForCircuitAsync();
        await OpenAsync("/account/profile");
        await Page.GetByTestId("profile-headline").FillAsync("Heat network engineer in Hasselt");
        await Page.Locator("[data-actor-type=Business]").ClickAsync();
        await Page.GetByTestId("onboarding-next").ClickAsync();
        await PlacePicker.ChooseAsync(Page, "Belg", "Belgium", "Limburg");
        await Page.Locator("[data-language=nl]").ClickAsync();
        await Page.GetByTestId("onboarding-next").ClickAsync();
        await Page.Locator("[data-theme=MitigationEnergy]").ClickAsync();
        await Page.GetByTestId("onboarding-next").ClickAsync();
        await Page.Locator("input[data-visibility=Public], [data-visibility=Public] input").First.CheckAsync();
        await Page.GetByTestId("onboarding-finish").ClickAsync();
        await Assertions.Expect(Page.GetByTestId("profile-saved")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Visitors_search_and_filter_and_the_filters_stay_in_the_address()
    {
        await OpenAsync("/members");
        await CheckPageAsync("directory");

        await Page.GetByTestId("directory-search").FillAsync("liege");
        await Page.WaitForURLAsync("**/members?q=liege");
        await Assertions.Expect(Page.GetByTestId("member-card").First).ToContainTextAsync("Liège");

        await OpenAsync("/members?country=NL&actor=Business");
        var cards = Page.GetByTestId("member-card");
        await Assertions.Expect(cards.First).ToBeVisibleAsync();
        foreach (var card in await cards.AllAsync())
        {
            Assert.Equal("NL", await card.GetAttributeAsync("data-country"));
            Assert.Equal("Business", await card.GetAttributeAsync("data-actor-type"));
        }

        await Assertions.Expect(Page.GetByTestId("directory-count")).ToHaveTextAsync((await cards.CountAsync()).ToString());
        await CheckPageAsync("directory-filtered");
    }

    [Fact]
    public async Task A_member_page_shows_the_profile_and_unknown_members_answer_404()
    {
        await OpenAsync("/members?q=anna");
        await Page.GetByTestId("member-card").First.Locator("a.member-name").ClickAsync();

        await Assertions.Expect(Page.GetByTestId("member-name")).ToHaveTextAsync("Anna Peeters");
        await Assertions.Expect(Page.GetByTestId("member-organisation")).ToContainTextAsync("Leuven");
        await Assertions.Expect(Page.GetByTestId("member-email")).ToHaveCountAsync(0); // never shown to visitors
        await CheckPageAsync("member-page");

        var missing = await OpenAsync("/members/no-such-member", interactive: false);
        Assert.Equal(404, missing!.Status);
    }
}
