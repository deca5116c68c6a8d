using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Partnerships;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Tests.Builders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BeneluxClimate.Tests.Browser.Proposals;

/// <summary>Visitors opening a proposal page get a shared prerendered copy; their live screens still miss nothing.</summary>
public sealed class VisitorCacheTests(BrowserFixture browser) : DiscussionBrowserTest(browser, new() { ["Discussion:CommentIntervalSeconds"] = "0" })
{
    [Fact]
    public async Task Visitors_on_a_shared_copy_see_comments_live_and_one_that_came_without_its_event_at_once()
    {
        var id = await ProposeAsAnnaAsync();
        var first = await VisitorAsync(id);
        await Assertions.Expect(Comments(first)).ToHaveCountAsync(0);

        // Committed without its live event (as when a node dies between the two): the shared copy is not dropped,
        // but a visitor arriving on it checks the page's number against the database and loads the comment.
        await CommitWithoutEventAsync(id, "Posted while its event was lost");
        var second = await VisitorAsync(id);
        Page = second;
        await Assertions.Expect(Comments(second)).ToHaveCountAsync(1);
        await Assertions.Expect(second.GetByTestId("comment-body")).ToContainTextAsync("Posted while its event was lost");
        await CheckPageAsync("visitor-caught-up");

        // A comment posted as usual reaches both visitors live, and drops the shared copy for the next one.
        await PostAsJoostAsync(id, "Heat from the port of Antwerp");
        foreach (var page in new[] { first, second })
        {
            await Assertions.Expect(page.GetByTestId("comment-body").Last).ToContainTextAsync("Heat from the port of Antwerp");
        }

        await Assertions.Expect(Comments(second)).ToHaveCountAsync(2);
        var third = await VisitorAsync(id);
        await Assertions.Expect(Comments(third)).ToHaveCountAsync(2);
    }

    private async Task<IPage> VisitorAsync(int proposalId)
    {
        var context = await Context.Browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/proposals/{proposalId}");
        await page.Locator("[data-testid=app][data-interactive=true]").WaitForAsync();
        return page;
    }

    private async Task PostAsJoostAsync(int proposalId, string text)
    {
        var posted = await App.Services.GetRequiredService<DiscussionService>()
            .PostAsync(Actor.Member(await UserIdAsync("joost@demo.test"), Roles.Member), proposalId, new CommentInput(Guid.NewGuid(), text));
        Assert.True(posted.Result.Succeeded);
    }

    private async Task CommitWithoutEventAsync(int proposalId, string text)
    {
        var authorId = await UserIdAsync("claire@demo.test");
        await using var db = await Contexts.CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.NextSequenceAsync(LiveTopics.Proposal(proposalId));
        db.Comments.Add(new Comment
        {
            ProposalId = proposalId,
            AuthorId = authorId,
            ClientId = Guid.NewGuid(),
            Body = text,
            BodyHtml = $"<p>{text}</p>",
            BodyHash = Guid.NewGuid().ToString("N"),
            CreatedAtUtc = DateTimeOffset.UtcNow,
        });
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
    }

    private async Task<string> UserIdAsync(string email)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }
}
