using BeneluxClimate.Domain.Moderation;
using BeneluxClimate.Domain.Partnerships;
using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Tests.Builders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BeneluxClimate.Tests.Browser.Moderation;

/// <summary>The moderators' situation room: live activity, the live reports queue, and who may open it.</summary>
public sealed class SituationRoomTests(BrowserFixture browser) : BrowserTest(browser, new()
{
    ["Security:RequireTwoFactorForStaff"] = "false",
})
{
    private async Task<Actor> MemberAsync(string email)
    {
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<ClimateDbContext>>().CreateDbContextAsync();
        var id = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        return Actor.Member(id, Roles.Member);
    }

    private async Task<int> ProposeAsAnnaAsync()
    {
        var created = await App.Services.GetRequiredService<ProposalService>().CreateAsync(await MemberAsync("anna@demo.test"), ProposalInputs.Valid());
        Assert.True(created.Succeeded);
        return created.ProposalId!.Value;
    }

    private async Task<CommentView> CommentAsync(string email, int proposalId, string body)
    {
        var posted = await App.Services.GetRequiredService<DiscussionService>().PostAsync(await MemberAsync(email), proposalId, new CommentInput(Guid.NewGuid(), body));
        Assert.True(posted.Succeeded, posted.Result.Refusal?.ToString());
        return posted.Comment!;
    }

    private async Task OpenRoomAsModeratorAsync()
    {
        await SignInAsync("moderator@demo.test", DemoSeeder.Password);
        await WaitForCircuitAsync();
        await OpenAsync("/moderation");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Situation room");
    }

    [Fact]
    public async Task A_comment_posted_by_a_member_shows_in_the_open_activity_feed_within_two_seconds()
    {
        var proposalId = await ProposeAsAnnaAsync();
        await OpenRoomAsModeratorAsync();
        await Page.Locator("[data-testid=feed-empty], [data-testid=activity-item]").First.WaitForAsync(); // loaded and listening
        await CheckPageAsync("activity");

        await CommentAsync("joost@demo.test", proposalId, "Heat pumps for the whole street, shared by the neighbours");

        var line = Page.Locator("[data-testid=activity-item][data-kind=CommentPosted]").Filter(new() { HasText = "Heat pumps for the whole street" });
        await Assertions.Expect(line).ToHaveCountAsync(1, new() { Timeout = 2000 });
        await Assertions.Expect(line).ToContainTextAsync("Comment posted");
        await Assertions.Expect(line).ToContainTextAsync("Joost");

        // Paused, a new line is counted, not lost; it shows on resume.
        await Page.GetByTestId("feed-pause").ClickAsync();
        await Assertions.Expect(Page.GetByTestId("feed-pause")).ToHaveAttributeAsync("aria-pressed", "true");
        await CommentAsync("claire@demo.test", proposalId, "And a shared battery at the school"); // Joost waits between comments
        await Assertions.Expect(Page.GetByTestId("feed-new-count")).ToContainTextAsync("1 new");
        await Assertions.Expect(Page.GetByTestId("activity-item").Filter(new() { HasText = "shared battery" })).ToHaveCountAsync(0);
        await Page.GetByTestId("feed-pause").ClickAsync();
        await Assertions.Expect(Page.GetByTestId("activity-item").First).ToContainTextAsync("shared battery");
        await Assertions.Expect(Page.GetByTestId("feed-new-count")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_member_is_refused_the_room_and_a_visitor_is_sent_to_sign_in()
    {
        await OpenAsync("/moderation", interactive: false);
        await Page.WaitForURLAsync("**/Account/Login**");
        await Assertions.Expect(Page.GetByTestId("activity-item")).ToHaveCountAsync(0);
        await CheckPageAsync("visitor");

        await SignInAsync("anna@demo.test", DemoSeeder.Password);
        await WaitForCircuitAsync();
        await Assertions.Expect(Page.Locator("nav.main-nav")).Not.ToContainTextAsync("Moderation");
        await Assertions.Expect(Page.GetByTestId("moderation-badge")).ToHaveCountAsync(0);
        await OpenAsync("/moderation", interactive: false);
        await Page.WaitForURLAsync("**/Account/AccessDenied**");
        await Assertions.Expect(Page.GetByText("Access denied").First).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByTestId("activity-item")).ToHaveCountAsync(0);
        await Assertions.Expect(Page.GetByTestId("report-queue-item")).ToHaveCountAsync(0);
        await CheckPageAsync("member");
    }

    [Fact]
    public async Task A_report_appears_in_the_open_queue_and_the_moderator_hides_and_restores_it_with_a_statement()
    {
        var proposalId = await ProposeAsAnnaAsync();
        var comment = await CommentAsync("joost@demo.test", proposalId, "Buy my miracle carbon pills now");
        await OpenRoomAsModeratorAsync();
        await Page.GetByRole(AriaRole.Tab, new() { Name = "Reports" }).ClickAsync();
        await Page.Locator("[data-testid=queue-empty], [data-testid=report-queue-item]").First.WaitForAsync();

        var filed = await App.Services.GetRequiredService<ReportService>().FileAsync(
            await MemberAsync("claire@demo.test"), new TargetRef(ReportTarget.Comment, comment.Id), ReportReason.Spam, "Advertising pills");
        Assert.True(filed.Succeeded);

        var item = Page.Locator($"[data-testid=report-queue-item][data-target-kind=Comment][data-target-id='{comment.Id}']");
        await Assertions.Expect(item).ToHaveCountAsync(1);
        await Assertions.Expect(item).ToContainTextAsync("Spam: 1");
        await Assertions.Expect(item).ToContainTextAsync("Advertising pills");
        await Assertions.Expect(item.GetByTestId("queue-state")).ToContainTextAsync("Visible");
        await Assertions.Expect(Page.GetByTestId("moderation-badge")).Not.ToHaveAttributeAsync("data-count", "0");
        await CheckPageAsync("queue");

        await item.GetByTestId("hide-button").ClickAsync();
        await Page.Locator("textarea[data-testid=statement-input], [data-testid=statement-input] textarea").First.FillAsync("Commercial spam, not a contribution to the proposal.");
        await CheckPageAsync("hide-dialog");
        await Page.GetByTestId("statement-confirm").ClickAsync();
        await Assertions.Expect(item.GetByTestId("restore-button")).ToBeVisibleAsync();
        await Assertions.Expect(item.GetByTestId("queue-state")).ToContainTextAsync("Hidden");
        await Assertions.Expect(item.GetByTestId("hide-button")).ToHaveCountAsync(0);

        await item.GetByTestId("restore-button").ClickAsync();
        await Page.Locator("textarea[data-testid=statement-input], [data-testid=statement-input] textarea").First.FillAsync("On a second look it is a local initiative.");
        await Page.GetByTestId("statement-confirm").ClickAsync();
        await Assertions.Expect(item.GetByTestId("hide-button")).ToBeVisibleAsync();
        await Assertions.Expect(item.GetByTestId("queue-state")).ToContainTextAsync("Visible");

        await using var db = await App.Services.GetRequiredService<IDbContextFactory<ClimateDbContext>>().CreateDbContextAsync();
        var actions = await db.ModerationActions.Where(a => a.TargetId == comment.Id).OrderBy(a => a.Id).Select(a => a.Kind).ToListAsync();
        Assert.Equal([ModerationActionKind.Hide, ModerationActionKind.Restore], actions);
        await CheckPageAsync("restored");
    }

    [Fact]
    public async Task Every_tab_of_the_room_opens_and_is_accessible()
    {
        await OpenRoomAsModeratorAsync();
        foreach (var (tab, ready) in new[]
        {
            ("Appeals", "[data-testid=appeals-empty], [data-testid=appeal-item]"),
            ("Audit log", "[data-testid=audit-empty], [data-testid=audit-entry]"),
            ("Transparency", "[data-testid=transparency-table]"),
            ("Members", "[data-testid=members-search]"),
        })
        {
            await Page.GetByRole(AriaRole.Tab, new() { Name = tab }).ClickAsync();
            await Page.Locator(ready).First.WaitForAsync();
            await CheckPageAsync(tab.Replace(' ', '-').ToLowerInvariant());
        }

        await Page.Locator("input[data-testid=members-search], [data-testid=members-search] input").First.FillAsync("Anna");
        await Page.GetByTestId("members-option").First.ClickAsync();
        await Assertions.Expect(Page.GetByTestId("members-form")).ToContainTextAsync("Anna");
        await CheckPageAsync("members-form");
        await Assertions.Expect(Page.Locator("main")).Not.ToContainTextAsync("Something went wrong");
    }
}
