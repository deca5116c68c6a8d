using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Domain.Showcase;
using BeneluxClimate.Tests.Builders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BeneluxClimate.Tests.Browser.Projects;

public sealed class BoardLiveTests(BrowserFixture browser) : BrowserTest(browser)
{
    private async Task<int> PublishAsJoostAsync(string title)
    {
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<ClimateDbContext>>().CreateDbContextAsync();
        var joostId = await db.Users.Where(u => u.Email == "joost@demo.test").Select(u => u.Id).SingleAsync();
        var joost = Actor.Member(joostId, Roles.Member);
        var projects = App.Services.GetRequiredService<ProjectService>();
        var created = await projects.CreateAsync(joost, ProjectInputs.Valid(title));
        Assert.True(created.Succeeded);
        Assert.True((await projects.PublishAsync(joost, created.ProjectId!.Value)).Succeeded);
        return created.ProjectId!.Value;
    }

    // Drags the way a hand does: press, move over the column until the board shows the card may land there, release. It
    // drops near the top of the column, whose middle lies far below the fold with the demo projects.
    private static async Task DragAsync(IPage page, ILocator card, ILocator zone)
    {
        await card.HoverAsync();
        await page.Mouse.DownAsync();
        var start = (await card.BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(start.X + 30, start.Y + 30, new() { Steps = 4 });
        var target = (await zone.BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(target.X + 40, target.Y + 6, new() { Steps = 12 });
        await page.Mouse.MoveAsync(target.X + 44, target.Y + 10, new() { Steps = 4 });
        await Assertions.Expect(zone).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("board-zone-can-drop")); // the board knows where it is
        await page.Mouse.UpAsync();
    }

    private static ILocator Column(IPage page, ProjectStage stage) => page.Locator($"[data-testid=board-column][data-stage={stage}]");

    private static ILocator CardIn(IPage page, ProjectStage stage, int projectId) =>
        Column(page, stage).Locator($"[data-testid=project-card][data-project-id='{projectId}']");

    [Fact]
    public async Task An_editor_drags_a_card_to_another_stage_and_another_open_board_shows_it_there_without_reloading()
    {
        var id = await PublishAsJoostAsync("Tidal kites in the Eastern Scheldt");
        var joost = await SignedInPageAsync("joost@demo.test", "/projects", Context);
        var anna = await SignedInPageAsync("anna@demo.test", "/projects");
        var runningBefore = int.Parse(await Column(anna, ProjectStage.Running).GetByTestId("board-column-count").InnerTextAsync());
        await Assertions.Expect(CardIn(anna, ProjectStage.Pilot, id)).ToBeVisibleAsync();
        await Assertions.Expect(CardIn(anna, ProjectStage.Pilot, id).GetByTestId("project-move-menu")).ToHaveCountAsync(0); // not her project
        await Assertions.Expect(CardIn(joost, ProjectStage.Pilot, id).GetByTestId("project-move-menu")).ToHaveCountAsync(1);
        Page = joost;
        await CheckPageAsync("editor-board");

        await DragAsync(joost, CardIn(joost, ProjectStage.Pilot, id), Column(joost, ProjectStage.Running).Locator(".board-zone"));
        await Assertions.Expect(joost.GetByTestId("board-message")).ToContainTextAsync("moved to Running");

        await Assertions.Expect(CardIn(anna, ProjectStage.Running, id)).ToBeVisibleAsync();
        await Assertions.Expect(CardIn(anna, ProjectStage.Pilot, id)).ToHaveCountAsync(0);
        await Assertions.Expect(CardIn(anna, ProjectStage.Running, id)).ToHaveAttributeAsync("data-stage", "Running");
        await Assertions.Expect(CardIn(anna, ProjectStage.Running, id)).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("live-highlight"));
        await Assertions.Expect(Column(anna, ProjectStage.Running).GetByTestId("board-column-count")).ToHaveTextAsync((runningBefore + 1).ToString());
        await Assertions.Expect(CardIn(joost, ProjectStage.Running, id)).ToBeVisibleAsync();
        await Assertions.Expect(joost.GetByTestId("board-message")).ToContainTextAsync("moved to Running");
        Assert.Equal(ProjectStage.Running, await App.Services.GetRequiredService<IDbContextFactory<ClimateDbContext>>().CreateDbContext()
            .Projects.Where(p => p.Id == id).Select(p => p.Stage).SingleAsync());
        Page = anna;
        await CheckPageAsync("other-board-after-move");
    }

    [Fact]
    public async Task An_editor_moves_a_card_with_the_keyboard_menu_and_visitors_filter_the_board_through_the_address()
    {
        var id = await PublishAsJoostAsync("Getijdenvliegers in de Oosterschelde");
        var joost = await SignedInPageAsync("joost@demo.test", "/projects", Context);
        Page = joost;

        await CardIn(joost, ProjectStage.Pilot, id).GetByTestId("project-move-menu").ClickAsync();
        await joost.Locator("[data-testid=project-move-to][data-stage=Completed]").ClickAsync();
        await Assertions.Expect(CardIn(joost, ProjectStage.Completed, id)).ToBeVisibleAsync();

        await Context.ClearCookiesAsync();
        await OpenAsync("/projects?q=getijdenvliegers&crossborder=true");
        await Assertions.Expect(Page.GetByTestId("project-card")).ToHaveCountAsync(1);
        await Assertions.Expect(Page.GetByTestId("new-project")).ToHaveCountAsync(0);
        await OpenAsync("/projects?q=getijdenvliegers&country=LU");
        await Assertions.Expect(Page.GetByTestId("board-empty")).ToBeVisibleAsync();
        await OpenAsync("/projects?view=list");
        await Assertions.Expect(Page.Locator($"[data-testid=project-card][data-project-id='{id}']")).ToHaveAttributeAsync("data-stage", "Completed");
        await CheckPageAsync("visitor-list");
    }
}
