using BeneluxClimate.Domain.Members;
using BeneluxClimate.Domain.Moderation;
using BeneluxClimate.Domain.Partnerships;
using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Tests.Browser.Proposals;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BeneluxClimate.Tests.Browser.Moderation;

/// <summary>Moderators act from the pages and the situation room; members' open pages follow without reload.</summary>
public sealed class ModerationActionTests(BrowserFixture browser) : DiscussionBrowserTest(browser, new()
{
    ["Discussion:CommentIntervalSeconds"] = "0",
    ["Security:RequireTwoFactorForStaff"] = "false",
    ["Security:RevalidationSeconds"] = "1",
})
{
    private const string Statement = "Stated reasons for the record.";

    /// <summary>Warms the app up (first compile, seeding) with the first page's generous timeout before the members' screens sign in.</summary>
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await OpenAsync("/");
        await OpenAsync("/Account/Login", interactive: false);
    }

    [Fact]
    public async Task A_moderator_locks_a_discussion_from_the_proposal_page_and_a_members_open_page_cannot_post_until_unlocked()
    {
        var id = await ProposeAsAnnaAsync();
        var joost = await SignedInAsync("joost@demo.test", id);
        var moderator = await SignedInAsync("moderator@demo.test", id);
        await Assertions.Expect(joost.GetByTestId("comment-input")).ToBeVisibleAsync();

        await moderator.GetByTestId("discussion-moderation-menu").ClickAsync();
        await moderator.GetByTestId("discussion-lock").ClickAsync();
        await ConfirmAsync(moderator);

        await Assertions.Expect(joost.GetByTestId("discussion-locked")).ToBeVisibleAsync();
        await Assertions.Expect(joost.GetByTestId("proposal-locked-banner")).ToBeVisibleAsync();
        await Assertions.Expect(joost.GetByTestId("comment-input")).ToHaveCountAsync(0);
        Page = joost;
        await CheckPageAsync("member-locked");
        var refused = await Service<DiscussionService>().PostAsync(await ActorAsync("joost@demo.test"), id, new CommentInput(Guid.NewGuid(), "Still here?", null));
        Assert.Equal(BeneluxClimate.Domain.Common.Refusal.Locked, refused.Result.Refusal);

        await moderator.GetByTestId("discussion-moderation-menu").ClickAsync();
        await moderator.GetByTestId("discussion-unlock").ClickAsync();
        await ConfirmAsync(moderator);

        await Assertions.Expect(joost.GetByTestId("discussion-locked")).ToHaveCountAsync(0);
        await joost.GetByTestId("comment-input").FillAsync("Open again: count us in from Vlissingen.");
        await joost.GetByTestId("comment-submit").ClickAsync();
        await Assertions.Expect(moderator.GetByTestId("comment-body")).ToContainTextAsync("count us in from Vlissingen");
    }

    [Fact]
    public async Task In_slow_mode_a_member_posting_twice_quickly_is_told_how_many_seconds_to_wait()
    {
        var id = await ProposeAsAnnaAsync();
        Assert.True((await Service<ModerationService>().SetSlowModeAsync(await ActorAsync("moderator@demo.test", Roles.Moderator), id, 120, "Heated thread")).Succeeded);
        var joost = await SignedInAsync("joost@demo.test", id);
        await Assertions.Expect(joost.GetByTestId("proposal-slow-mode")).ToBeVisibleAsync();

        await joost.GetByTestId("comment-input").FillAsync("First thought: Zeeland has the grid capacity.");
        await joost.GetByTestId("comment-submit").ClickAsync();
        await Assertions.Expect(Comments(joost)).ToHaveCountAsync(1);
        await joost.GetByTestId("comment-input").FillAsync("Second thought, right after.");
        await joost.GetByTestId("comment-submit").ClickAsync();

        await Assertions.Expect(joost.GetByTestId("comment-error")).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"in (1[01]\d|120) s"));
        await Assertions.Expect(Comments(joost)).ToHaveCountAsync(1);
        Page = joost;
        await CheckPageAsync("slow-mode-refused");
    }

    [Fact]
    public async Task The_author_appeals_a_hidden_comment_and_a_different_moderator_reverses_it_which_restores_it_live()
    {
        var id = await ProposeAsAnnaAsync();
        var joostActor = await ActorAsync("joost@demo.test");
        Assert.True((await Service<DiscussionService>().PostAsync(joostActor, id, new CommentInput(Guid.NewGuid(), "Our pilot in Terneuzen needs partners", null))).Result.Succeeded);
        await AddModeratorAsync("noor@demo.test", "Noor Dekker");
        var joost = await SignedInAsync("joost@demo.test", id);
        var claire = await SignedInAsync("claire@demo.test", id);
        var moderator = await SignedInAsync("moderator@demo.test", id);

        await moderator.GetByTestId("hide-button").ClickAsync();
        await moderator.GetByTestId("moderation-reason").ClickAsync();
        await moderator.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "Spam" }).First.ClickAsync();
        await moderator.GetByTestId("moderation-statement").FillAsync("Looks like advertising for a shop.");
        await moderator.GetByTestId("moderation-confirm").ClickAsync();

        await Assertions.Expect(claire.GetByTestId("comment-body")).ToHaveCountAsync(0);
        await Assertions.Expect(joost.GetByTestId("hidden-statement")).ToContainTextAsync("Looks like advertising for a shop.");
        await Assertions.Expect(joost.GetByTestId("hidden-statement")).ToContainTextAsync("Spam");
        await joost.GetByTestId("appeal-button").ClickAsync();
        await joost.GetByTestId("appeal-text").FillAsync("It is a real pilot of the municipality, not a shop.");
        await joost.GetByTestId("appeal-send").ClickAsync();
        await Assertions.Expect(joost.GetByTestId("appeal-pending")).ToBeVisibleAsync();
        await Assertions.Expect(joost.GetByTestId("appeal-button")).ToHaveCountAsync(0);
        Page = joost;
        await CheckPageAsync("author-appealed");

        var noor = await SignedInAsync("noor@demo.test", id);
        await noor.GotoAsync("/moderation");
        await noor.Locator("[data-testid=app][data-interactive=true]").WaitForAsync();
        await noor.GetByRole(AriaRole.Tab, new() { Name = "Appeals" }).ClickAsync();
        var appeal = noor.GetByTestId("appeal-item");
        await Assertions.Expect(appeal).ToContainTextAsync("real pilot of the municipality");
        Page = noor;
        await CheckPageAsync("appeals-tab");
        await appeal.GetByTestId("appeal-note").FillAsync("Checked with the municipality: genuine.");
        await appeal.GetByTestId("appeal-reverse").ClickAsync();

        await Assertions.Expect(claire.GetByTestId("comment-body")).ToContainTextAsync("Our pilot in Terneuzen needs partners");
        await Assertions.Expect(joost.GetByTestId("comment-hidden")).ToHaveCountAsync(0);
        await Assertions.Expect(noor.GetByTestId("appeal-item")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_suspended_member_loses_the_right_to_post_on_an_open_page_within_the_revalidation_period()
    {
        var id = await ProposeAsAnnaAsync();
        var claire = await SignedInAsync("claire@demo.test", id);
        await Assertions.Expect(claire.GetByTestId("comment-input")).ToBeVisibleAsync();
        var moderator = await SignedInAsync("moderator@demo.test", id);
        await moderator.GotoAsync("/moderation");
        await moderator.Locator("[data-testid=app][data-interactive=true]").WaitForAsync();
        await moderator.GetByRole(AriaRole.Tab, new() { Name = "Members" }).ClickAsync();

        var claireId = (await ActorAsync("claire@demo.test")).UserId!;
        Assert.True((await Service<ModerationService>().SuspendAsync(await ActorAsync("moderator@demo.test", Roles.Moderator), claireId, DateTimeOffset.UtcNow.AddDays(7), "Repeated insults")).Succeeded);

        await Assertions.Expect(claire.GetByTestId("comment-input")).ToHaveCountAsync(0, new() { Timeout = 10_000 });
        await Assertions.Expect(claire.GetByTestId("discussion-sign-in")).ToBeVisibleAsync();

        // The situation room finds her, suspended.
        await moderator.GetByTestId("members-search").FillAsync("claire@demo");
        await Assertions.Expect(moderator.Locator($"[data-testid=members-option][data-member-id='{claireId}']")).ToHaveCountAsync(1);
        await Assertions.Expect(moderator.Locator("[data-testid=members-state][data-state=Suspended]")).ToBeVisibleAsync();
        Page = moderator;
        await CheckPageAsync("members-tab");
    }

    [Fact]
    public async Task A_profile_hidden_by_a_moderator_leaves_an_open_directory_live_and_a_restore_brings_it_back()
    {
        var claireId = (await ActorAsync("claire@demo.test")).UserId!;
        var anna = await SignedInPageAsync("anna@demo.test", "/members?q=claire");
        var card = anna.Locator($"[data-testid=member-card][data-member-id='{claireId}']");
        await Assertions.Expect(card).ToBeVisibleAsync();
        var before = await anna.GetByTestId("directory-count").InnerTextAsync();

        var moderator = await SignedInPageAsync("moderator@demo.test", $"/members/{claireId}");
        await moderator.GetByTestId("hide-button").ClickAsync();
        await moderator.GetByTestId("moderation-reason").ClickAsync();
        await moderator.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "Spam" }).First.ClickAsync();
        await moderator.GetByTestId("moderation-statement").FillAsync("Profile only advertises a shop.");
        await moderator.GetByTestId("moderation-confirm").ClickAsync();

        await Assertions.Expect(card).ToHaveCountAsync(0);
        await Assertions.Expect(anna.GetByTestId("directory-count")).ToHaveTextAsync((int.Parse(before) - 1).ToString());
        await Assertions.Expect(moderator.GetByTestId("profile-hidden-banner")).ToBeVisibleAsync();
        await Assertions.Expect(moderator.GetByTestId("hidden-statement")).ToContainTextAsync("Profile only advertises a shop.");
        Page = moderator;
        await CheckPageAsync("moderator-hidden-profile");

        var response = await anna.GotoAsync($"/members/{claireId}");
        Assert.Equal(404, response!.Status);
        var claire = await SignedInPageAsync("claire@demo.test", $"/members/{claireId}");
        await Assertions.Expect(claire.GetByTestId("hidden-statement")).ToContainTextAsync("Profile only advertises a shop.");
        await Assertions.Expect(claire.GetByTestId("hidden-statement")).ToContainTextAsync("What: the profile of Claire");
        await Assertions.Expect(claire.GetByTestId("appeal-button")).ToBeVisibleAsync();
        Page = claire;
        await CheckPageAsync("own-hidden-profile");

        await anna.GotoAsync("/members?q=claire");
        await anna.Locator("[data-testid=app][data-interactive=true]").WaitForAsync();
        await Assertions.Expect(card).ToHaveCountAsync(0);
        await moderator.GetByTestId("restore-button").ClickAsync();
        await moderator.GetByTestId("moderation-statement").FillAsync("Reviewed: a genuine youth representative.");
        await moderator.GetByTestId("moderation-confirm").ClickAsync();
        await Assertions.Expect(card).ToBeVisibleAsync();
        await Assertions.Expect(anna.GetByTestId("directory-count")).ToHaveTextAsync(before);
    }

    private T Service<T>()
        where T : notnull => App.Services.GetRequiredService<T>();

    private async Task<Actor> ActorAsync(string email, params string[] roles)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        var id = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        return Actor.Member(id, [Roles.Member, .. roles]);
    }

    private static async Task ConfirmAsync(IPage page)
    {
        await page.GetByTestId("moderation-statement").FillAsync(Statement);
        await page.GetByTestId("moderation-confirm").ClickAsync();
        await Assertions.Expect(page.GetByTestId("moderation-dialog")).ToHaveCountAsync(0);
    }

    /// <summary>A second moderator, so an appeal has someone other than the hiding moderator to decide it.</summary>
    private async Task AddModeratorAsync(string email, string name)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        var hash = await db.Users.Where(u => u.Email == "moderator@demo.test").Select(u => u.PasswordHash).SingleAsync();
        var user = ClimateUser.Confirmed(email, name, DateTimeOffset.UtcNow.AddDays(-30), hash);
        db.Users.Add(user);
        foreach (var role in await db.Roles.Where(r => r.Name == Roles.Member || r.Name == Roles.Moderator).ToListAsync())
        {
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = role.Id });
        }

        await db.SaveChangesAsync();
    }

}
