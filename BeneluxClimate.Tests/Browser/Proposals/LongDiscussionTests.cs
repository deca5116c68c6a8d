using BeneluxClimate.Domain.Partnerships;
using BeneluxClimate.Domain.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BeneluxClimate.Tests.Browser.Proposals;

/// <summary>A long discussion still becomes interactive: its first load is too large to hand to the circuit whole.</summary>
public sealed class LongDiscussionTests(BrowserFixture browser)
    : DiscussionBrowserTest(browser, new() { ["Discussion:CommentIntervalSeconds"] = "0", ["RateLimits:WritesPerMemberPerMinute"] = "1000" })
{
    [Fact]
    public async Task A_proposal_with_sixty_long_comments_opens_and_takes_a_new_comment_live()
    {
        var id = await ProposeAsAnnaAsync();
        await using (var db = await Contexts.CreateDbContextAsync())
        {
            var annaId = await db.Users.Where(u => u.Email == "anna@demo.test").Select(u => u.Id).SingleAsync();
            var discussion = App.Services.GetRequiredService<DiscussionService>();
            for (var i = 1; i <= 60; i++)
            {
                var body = $"Point {i}: " + string.Join(' ', Enumerable.Repeat("the Scheldt estuary pilot needs <shared> monitoring & data", 8));
                Assert.True((await discussion.PostAsync(Actor.Member(annaId, Roles.Member), id, new CommentInput(Guid.NewGuid(), body))).Succeeded);
            }
        }

        var joost = await SignedInAsync("joost@demo.test", id);
        await Assertions.Expect(Comments(joost)).ToHaveCountAsync(60);
        await joost.GetByTestId("comment-input").FillAsync("Rotterdam can host the data platform.");
        await joost.GetByTestId("comment-submit").ClickAsync();

        await Assertions.Expect(Comments(joost)).ToHaveCountAsync(61);
        await Assertions.Expect(joost.GetByTestId("comment-body").Last).ToContainTextAsync("Rotterdam can host the data platform.");
        Assert.Empty(Dialogs);
        Page = joost;
        await CheckPageAsync("long-discussion");
    }
}
