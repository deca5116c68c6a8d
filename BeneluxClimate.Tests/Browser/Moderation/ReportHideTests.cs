using BeneluxClimate.Domain.Partnerships;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Tests.Browser.Proposals;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BeneluxClimate.Tests.Browser.Moderation;

/// <summary>Members report a comment through the page; at the threshold it leaves every open view at once, and a moderator's restore brings it back.</summary>
public sealed class ReportHideTests(BrowserFixture browser)
    : DiscussionBrowserTest(browser, new() { ["Discussion:CommentIntervalSeconds"] = "0", ["Moderation:ReportThreshold"] = "3", ["Security:RequireTwoFactorForStaff"] = "false" })
{
    private const string Text = "Buy cheap solar panels at my web shop";

    [Fact]
    public async Task Three_reports_hide_a_comment_on_every_open_view_and_a_restore_brings_it_back_without_reload()
    {
        var id = await ProposeAsAnnaAsync();
        await PostAsJoostAsync(id);
        await OpenAsync($"/proposals/{id}"); // a visitor, signed out; also warms the app up for the members' screens
        var visitor = Page;

        var anna = await SignedInAsync("anna@demo.test", id);
        var claire = await SignedInAsync("claire@demo.test", id);
        var host = await SignedInAsync("host@demo.test", id);
        var joost = await SignedInAsync("joost@demo.test", id);
        var moderator = await SignedInAsync("moderator@demo.test", id);
        var everyone = new[] { anna, claire, host, joost, moderator, visitor };
        foreach (var page in everyone)
        {
            await Assertions.Expect(page.GetByTestId("comment-body")).ToContainTextAsync(Text);
        }

        // The author and visitors have nothing to report.
        await Assertions.Expect(Comments(joost).GetByTestId("report-button")).ToHaveCountAsync(0);
        await Assertions.Expect(Comments(visitor).GetByTestId("report-button")).ToHaveCountAsync(0);

        await OpenReportAsync(anna);
        Page = anna;
        await CheckPageAsync("report-dialog");
        await SubmitReportAsync(anna);
        await Assertions.Expect(Comments(anna).GetByTestId("report-button")).ToHaveTextAsync("Reported");
        await Assertions.Expect(Comments(anna).GetByTestId("report-button")).ToBeDisabledAsync();

        // A second member's report: still visible to all.
        await OpenReportAsync(claire);
        await SubmitReportAsync(claire);
        await Assertions.Expect(Comments(claire).GetByTestId("report-button")).ToHaveTextAsync("Reported");
        await Assertions.Expect(visitor.GetByTestId("comment-body")).ToContainTextAsync(Text);

        // The "Reported" state survives a reload.
        await anna.ReloadAsync();
        await anna.Locator("[data-testid=app][data-interactive=true]").WaitForAsync();
        await Assertions.Expect(Comments(anna).GetByTestId("report-button")).ToHaveTextAsync("Reported");

        // The third report hides it at once, everywhere, without reload.
        await OpenReportAsync(host);
        await SubmitReportAsync(host);
        foreach (var page in new[] { anna, claire, host, visitor })
        {
            await Assertions.Expect(Comments(page)).ToHaveCountAsync(0);
            await Assertions.Expect(page.GetByText(Text)).ToHaveCountAsync(0);
        }

        // Its author sees it marked hidden with the statement of reasons, and may appeal.
        await Assertions.Expect(joost.GetByTestId("comment-hidden")).ToBeVisibleAsync();
        await Assertions.Expect(joost.GetByTestId("hidden-statement")).ToContainTextAsync("automatically");
        await Assertions.Expect(joost.GetByTestId("hidden-statement")).ToContainTextAsync("Spam");
        await Assertions.Expect(joost.GetByTestId("appeal-button")).ToBeVisibleAsync();
        Page = joost;
        await CheckPageAsync("author-hidden");

        // A moderator restores it from the proposal page; it returns on every open view.
        await Assertions.Expect(moderator.GetByTestId("comment-hidden")).ToBeVisibleAsync();
        Page = moderator;
        await CheckPageAsync("moderator-hidden");
        await moderator.GetByTestId("restore-button").ClickAsync();
        await moderator.GetByTestId("moderation-statement").FillAsync("Checked: a genuine offer from a member, not spam.");
        await moderator.GetByTestId("moderation-confirm").ClickAsync();
        foreach (var page in everyone)
        {
            await Assertions.Expect(page.GetByTestId("comment-body")).ToContainTextAsync(Text);
        }

        await Assertions.Expect(joost.GetByTestId("comment-hidden")).ToHaveCountAsync(0);
        Page = visitor;
        await CheckPageAsync("visitor-restored");
    }

    private async Task PostAsJoostAsync(int proposalId)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        var joostId = await db.Users.Where(u => u.Email == "joost@demo.test").Select(u => u.Id).SingleAsync();
        var posted = await App.Services.GetRequiredService<DiscussionService>()
            .PostAsync(Actor.Member(joostId, Roles.Member), proposalId, new CommentInput(Guid.NewGuid(), Text, null));
        Assert.True(posted.Result.Succeeded);
    }

    private static async Task OpenReportAsync(IPage page)
    {
        await Comments(page).GetByTestId("report-button").ClickAsync();
        await page.GetByTestId("report-reason").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "Spam or advertising" }).First.ClickAsync();
    }

    private static async Task SubmitReportAsync(IPage page)
    {
        await page.GetByTestId("report-details").FillAsync("Advertising a shop, nothing to do with the proposal.");
        await page.GetByTestId("report-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("report-dialog")).ToHaveCountAsync(0);
    }
}
