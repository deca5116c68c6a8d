using System.Globalization;
using System.Text.RegularExpressions;
using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Domain.Showcase;
using BeneluxClimate.Tests.Builders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BeneluxClimate.Tests.Browser.Home;

public sealed partial class ImpactDashboardTests(BrowserFixture browser) : BrowserTest(browser)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    [Fact]
    public async Task The_home_page_shows_the_seeded_impact_and_follows_a_newly_published_project_without_reloading()
    {
        var seeded = await App.Services.GetRequiredService<ImpactDashboard>().GetAsync();
        Assert.True(seeded.PublishedProjects > 10, $"{seeded.PublishedProjects} published demo projects");

        await OpenAsync("/");
        var projects = Page.GetByTestId("impact-projects");
        var co2e = Page.Locator("[data-testid=impact-total][data-kind=Co2eAvoided]");
        await Assertions.Expect(projects).ToHaveTextAsync(seeded.PublishedProjects.ToString(English));
        await Assertions.Expect(co2e).ToHaveTextAsync(seeded.Totals[ImpactKind.Co2eAvoided].ToString("N0", English));
        await Assertions.Expect(Page.GetByTestId("impact-total")).ToHaveCountAsync(Enum.GetValues<ImpactKind>().Length);
        await Assertions.Expect(Page.GetByTestId("impact-per-theme").Locator("svg")).ToHaveCountAsync(1);
        await CheckPageAsync("home");

        await PublishAsJoostAsync(ProjectInputs.Valid("Getijdenkites in het Veerse Meer"));

        await Assertions.Expect(projects).ToHaveTextAsync((seeded.PublishedProjects + 1).ToString(English));
        await Assertions.Expect(co2e).ToHaveTextAsync((seeded.Totals[ImpactKind.Co2eAvoided] + 1200).ToString("N0", English));
        await Assertions.Expect(Page.Locator(".impact-tile").Filter(new() { Has = co2e })).ToHaveClassAsync(LiveHighlight());
        await CheckPageAsync("home-after-publish");
    }

    private async Task PublishAsJoostAsync(ProjectInput input)
    {
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<ClimateDbContext>>().CreateDbContextAsync();
        var joostId = await db.Users.Where(u => u.Email == "joost@demo.test").Select(u => u.Id).SingleAsync();
        var joost = Actor.Member(joostId, Roles.Member);
        var projects = App.Services.GetRequiredService<ProjectService>();

        var created = await projects.CreateAsync(joost, input);
        Assert.True(created.Result.Succeeded, created.Result.ToString());
        Assert.True((await projects.PublishAsync(joost, created.ProjectId!.Value)).Succeeded);
    }

    [GeneratedRegex("live-highlight")]
    private static partial Regex LiveHighlight();
}
