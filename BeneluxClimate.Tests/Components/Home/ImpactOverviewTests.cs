using BeneluxClimate.App.Components.Pages.Impact;
using BeneluxClimate.App.Security;
using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Showcase;
using BeneluxClimate.Tests.Builders;
using Bunit;
using Microsoft.Extensions.DependencyInjection;

namespace BeneluxClimate.Tests.Components.Home;

public sealed class ImpactOverviewTests
{
    [Fact]
    public async Task The_dashboard_shows_the_counted_totals_and_applies_a_pushed_snapshot_without_a_query()
    {
        await using var database = await TestDatabase.CreateAsync(new() { ["Seed:DemoData"] = "true" });
        var contexts = new CountingContextFactory(database.Contexts);
        var bus = new FakeLiveBus();
        await using var context = new ComponentTestContext("nl", services: s => AddDashboard(s, contexts, bus, database.Get<TopicSequenceReader>()));
        var seeded = await database.Get<ImpactDashboard>().GetAsync();

        var rendered = context.Render<ImpactOverview>();

        rendered.WaitForAssertion(() => Assert.Equal(seeded.PublishedProjects.ToString(), rendered.Find("[data-testid=impact-projects]").TextContent));
        Assert.Equal(seeded.Totals[ImpactKind.Co2eAvoided].ToString("N0", Dutch), Total(rendered, ImpactKind.Co2eAvoided));
        Assert.Contains("Mitigatie en energie", rendered.Markup, StringComparison.Ordinal); // theme names in the reader's language
        Assert.Contains("België", rendered.Find("[data-testid=impact-per-country] tbody tr").TextContent);
        Assert.Equal(1, bus.SubscriberCount);
        var queriesBefore = contexts.Created;

        var pushed = seeded with
        {
            PublishedProjects = seeded.PublishedProjects + 1,
            Totals = new Dictionary<ImpactKind, double>(seeded.Totals) { [ImpactKind.Co2eAvoided] = 123_456 },
            Sequence = seeded.Sequence + 1,
        };
        await bus.PushAsync(new LiveEvent(LiveTopics.Impact, pushed.Sequence, ShowcaseEvents.ImpactChanged, pushed, Audience.Public, DateTimeOffset.UtcNow)).Within();

        rendered.WaitForAssertion(() => Assert.Equal("123.456", Total(rendered, ImpactKind.Co2eAvoided)));
        Assert.Equal((seeded.PublishedProjects + 1).ToString(), rendered.Find("[data-testid=impact-projects]").TextContent);
        Assert.Contains("live-highlight", rendered.Find("[data-testid=impact-total][data-kind=Co2eAvoided]").Closest(".impact-tile")!.ClassName);
        Assert.DoesNotContain("live-highlight", rendered.Find("[data-testid=impact-total][data-kind=HectaresRestored]").Closest(".impact-tile")!.ClassName);
        Assert.Equal(queriesBefore, contexts.Created);

        rendered.Instance.Dispose();
        Assert.Equal(0, bus.SubscriberCount);
    }

    [Fact]
    public async Task Without_published_projects_the_dashboard_invites_members_to_add_theirs()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var context = new ComponentTestContext("en", services: s => AddDashboard(s, database.Contexts, new FakeLiveBus(), database.Get<TopicSequenceReader>()));

        var rendered = context.Render<ImpactOverview>();

        rendered.WaitForAssertion(() => Assert.Equal("projects", rendered.Find("[data-testid=impact-empty] a").GetAttribute("href")));
        Assert.Empty(rendered.FindAll("[data-testid=impact-total]"));
    }

    private static readonly System.Globalization.CultureInfo Dutch = System.Globalization.CultureInfo.GetCultureInfo("nl");

    private static string Total(IRenderedComponent<ImpactOverview> rendered, ImpactKind kind) =>
        rendered.Find($"[data-testid=impact-total][data-kind={kind}]").TextContent;

    private static void AddDashboard(IServiceCollection services, Microsoft.EntityFrameworkCore.IDbContextFactory<BeneluxClimate.Domain.Persistence.ClimateDbContext> contexts, ILiveBus bus, TopicSequenceReader sequences)
    {
        services.AddSingleton(new ImpactDashboard(contexts));
        services.AddSingleton(bus);
        services.AddSingleton(sequences); // uncounted: the tests count the dashboard's own queries
        services.AddScoped<ActorAccessor>();
    }
}
