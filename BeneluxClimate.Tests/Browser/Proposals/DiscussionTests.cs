using BeneluxClimate.Domain.Partnerships;
using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Tests.Builders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BeneluxClimate.Tests.Browser.Proposals;

/// <summary>Members discussing one proposal on their own screens; every change shows on the others without reload.</summary>
public abstract class DiscussionBrowserTest(BrowserFixture browser, Dictionary<string, string?>? settings = null) : BrowserTest(browser, settings)
{
    /// <summary>Messages of any dialog a page opened: a script ran that should not have.</summary>
    protected List<string> Dialogs { get; } = [];

    protected IDbContextFactory<ClimateDbContext> Contexts => App.Services.GetRequiredService<IDbContextFactory<ClimateDbContext>>();

    protected async Task<int> ProposeAsAnnaAsync()
    {
        await using var db = await Contexts.CreateDbContextAsync();
        var annaId = await db.Users.Where(u => u.Email == "anna@demo.test").Select(u => u.Id).SingleAsync();
        var created = await App.Services.GetRequiredService<ProposalService>().CreateAsync(Actor.Member(annaId, Roles.Member), ProposalInputs.Valid());
        Assert.True(created.Succeeded);
        return created.ProposalId!.Value;
    }

    protected async Task<IPage> SignedInAsync(string email, int proposalId)
    {
        var page = await SignedInPageAsync(email, $"/proposals/{proposalId}");
        page.Dialog += async (_, dialog) =>
        {
            Dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
        return page;
    }

    protected static ILocator Comments(IPage page) => page.GetByTestId("comment");
}

public sealed class DiscussionTests(BrowserFixture browser) : DiscussionBrowserTest(browser, new() { ["Discussion:CommentIntervalSeconds"] = "0" })
{
    [Fact]
    public async Task Comments_replies_reactions_and_typing_reach_the_other_screens_without_reload_and_stay_inert()
    {
        var id = await ProposeAsAnnaAsync();
        var anna = await SignedInAsync("anna@demo.test", id);
        var joost = await SignedInAsync("joost@demo.test", id);
        var claire = await SignedInAsync("claire@demo.test", id);
        Page = joost;
        await CheckPageAsync("member-empty");

        // Typing shows on the others' screens, never on one's own.
        await joost.GetByTestId("comment-input").PressSequentiallyAsync("We can bring a heat pump pilot in Terneuzen");
        await Assertions.Expect(anna.GetByTestId("typing-indicator")).ToContainTextAsync("is typing");
        await Assertions.Expect(claire.GetByTestId("typing-indicator")).ToContainTextAsync("is typing");
        await Assertions.Expect(joost.GetByTestId("typing-indicator")).ToHaveTextAsync("");

        // A double click stores one comment, and every screen shows one.
        await joost.GetByTestId("comment-submit").DblClickAsync();
        foreach (var page in new[] { anna, joost, claire })
        {
            await Assertions.Expect(Comments(page)).ToHaveCountAsync(1);
            await Assertions.Expect(page.GetByTestId("comment-body")).ToContainTextAsync("heat pump pilot in Terneuzen");
        }

        await using (var db = await Contexts.CreateDbContextAsync())
        {
            Assert.Equal(1, await db.Comments.CountAsync(c => c.ProposalId == id));
        }
        await Assertions.Expect(joost.GetByTestId("comment-input")).ToHaveValueAsync("");

        // A reply lands under its comment on the other screens.
        await anna.GetByTestId("reply-button").ClickAsync();
        await anna.GetByTestId("reply-input").FillAsync("Great, Kallo is twenty minutes away.");
        await anna.GetByTestId("reply-submit").ClickAsync();
        await Assertions.Expect(joost.Locator(".comment-replies [data-testid=comment]")).ToContainTextAsync("Kallo is twenty minutes away");
        await Assertions.Expect(claire.Locator(".comment-replies [data-testid=comment]")).ToHaveCountAsync(1);

        // A reaction count ticks on the other screens.
        var agree = "[data-testid=reaction-button][data-kind=Agree]";
        await joost.Locator($".comment-replies {agree}").ClickAsync();
        await Assertions.Expect(joost.Locator($".comment-replies {agree}")).ToHaveAttributeAsync("aria-pressed", "true");
        await Assertions.Expect(anna.Locator($".comment-replies {agree} [data-testid=reaction-count]")).ToHaveTextAsync("1");
        await Assertions.Expect(claire.Locator($".comment-replies {agree} [data-testid=reaction-count]")).ToHaveTextAsync("1");

        // Script in a comment stays text: no dialog opens on any screen.
        await claire.GetByTestId("comment-input").FillAsync("<img src=x onerror=alert(1)> and [x](javascript:alert(1))");
        await claire.GetByTestId("comment-submit").ClickAsync();
        foreach (var page in new[] { anna, joost, claire })
        {
            await Assertions.Expect(Comments(page)).ToHaveCountAsync(3);
            var body = page.GetByTestId("comment-body").Last;
            await Assertions.Expect(body).ToContainTextAsync("and");
            await Assertions.Expect(body.Locator("img")).ToHaveCountAsync(0);
            await Assertions.Expect(body.Locator("a[href^='javascript']")).ToHaveCountAsync(0);
        }

        await anna.WaitForTimeoutAsync(500); // give any injected script the chance to run
        Assert.Empty(Dialogs);
        Page = anna;
        await CheckPageAsync("member-discussion");

        await using var visitorContext = await Context.Browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress.ToString() });
        Page = await visitorContext.NewPageAsync();
        await OpenAsync($"/proposals/{id}");
        await Assertions.Expect(Page.GetByTestId("discussion-sign-in")).ToBeVisibleAsync();
        await Assertions.Expect(Comments(Page)).ToHaveCountAsync(3);
        await CheckPageAsync("visitor-discussion");
        foreach (var page in new[] { anna, joost, claire })
        {
            await page.Context.DisposeAsync();
        }
    }
}

public sealed class DiscussionLimitTests(BrowserFixture browser) : DiscussionBrowserTest(browser)
{
    [Fact]
    public async Task Posting_again_at_once_says_when_the_member_may_post_and_the_unsent_draft_survives_a_reload()
    {
        var id = await ProposeAsAnnaAsync();
        var joost = await SignedInAsync("joost@demo.test", id);
        Page = joost;

        await joost.GetByTestId("comment-input").FillAsync("First thought: Zeeland has the heat demand.");
        await joost.GetByTestId("comment-submit").ClickAsync();
        await Assertions.Expect(Comments(joost)).ToHaveCountAsync(1);
        await joost.GetByTestId("comment-input").FillAsync("Second thought, straight after.");
        await joost.GetByTestId("comment-submit").ClickAsync();

        await Assertions.Expect(joost.GetByTestId("comment-error")).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"You can post again at \d{2}:\d{2}:\d{2} \(in [1-5] s\)"));
        await Assertions.Expect(Comments(joost)).ToHaveCountAsync(1);
        await CheckPageAsync("rate-limited");

        await joost.ReloadAsync();
        await WaitForCircuitAsync();
        await Assertions.Expect(joost.GetByTestId("comment-input")).ToHaveValueAsync("Second thought, straight after.");
        await joost.Context.DisposeAsync();
    }

    [Fact]
    public async Task On_a_shared_computer_the_next_member_does_not_see_the_previous_members_unsent_draft()
    {
        var id = await ProposeAsAnnaAsync();
        var joost = await SignedInAsync("joost@demo.test", id);
        Page = joost;
        await joost.GetByTestId("comment-input").FillAsync("Private thought: our budget is smaller than we said.");
        await joost.WaitForFunctionAsync("() => Object.keys(localStorage).some(k => k.startsWith('climate-draft:'))");
        await joost.ReloadAsync();
        await WaitForCircuitAsync();
        await Assertions.Expect(joost.GetByTestId("comment-input")).ToHaveValueAsync("Private thought: our budget is smaller than we said.");

        await joost.Context.ClearCookiesAsync(); // signed out; the browser's storage stays, as on a shared computer
        await SignIn.AsDemoMemberAsync(joost, "anna@demo.test", $"/proposals/{id}");

        await joost.Locator("[data-testid=comment-composer][data-drafts-ready=true]").WaitForAsync(); // the drafts were read
        await Assertions.Expect(joost.GetByTestId("comment-input")).ToHaveValueAsync("");
    }
}
