using BeneluxClimate.App.Components.Pages.Projects;
using BeneluxClimate.App.Security;
using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Organisations;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Domain.Showcase;
using BeneluxClimate.Tests.Builders;
using Bunit;
using Microsoft.Extensions.DependencyInjection;

namespace BeneluxClimate.Tests.Components.Projects;

public sealed class ProjectPageTests : IAsyncLifetime
{
    private readonly FakeLiveBus bus = new();
    private TestDatabase database = null!;
    private ComponentTestContext context = null!;
    private Actor lotte = Actor.Anonymous;
    private int projectId;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        lotte = Actor.Member(await database.AddMemberAsync("Lotte", "lotte@example.test"), Roles.Member);
        await database.Get<OrganisationService>().CreateAsync(lotte, new OrganisationInput(
            Guid.NewGuid(), "Getijstroom Energie B.V.", ActorType.Business, "NL", null, "", "71936542"));
        projectId = (await database.Get<ProjectService>().CreateAsync(lotte, ProjectInputs.Valid())).ProjectId!.Value;
        Assert.True((await database.Get<ProjectService>().PublishAsync(lotte, projectId)).Succeeded);
        context = new ComponentTestContext("en", services: services =>
        {
            services.AddSingleton(database.Get<ProjectPages>());
            services.AddSingleton(database.Get<ProjectService>());
            services.AddSingleton<ILiveBus>(bus);
            services.AddSingleton(database.Get<TopicSequenceReader>());
            services.AddScoped<ActorAccessor>();
            services.AddSingleton(database.Get<BeneluxClimate.Domain.Moderation.ReportService>());
            services.AddSingleton(database.Get<BeneluxClimate.Domain.Moderation.ModerationService>());
            services.AddSingleton(database.Get<BeneluxClimate.Domain.Moderation.AppealService>());
        });
    }

    public async Task DisposeAsync()
    {
        await context.DisposeAsync();
        await database.DisposeAsync();
    }

    private async Task<(IRenderedComponent<ProjectPage> Page, ProjectView View, long Sequence)> OpenAsync()
    {
        var page = context.Render<ProjectPage>(p => p.Add(c => c.Id, projectId));
        page.WaitForAssertion(() => Assert.Equal("Tidal kites in the Eastern Scheldt", page.Find("[data-testid=project-title]").TextContent));
        Assert.Equal(1, bus.SubscriberCount);
        var view = (await database.Get<ProjectPages>().GetAsync(Actor.Anonymous, projectId)).Value!.View;
        return (page, view, await database.Get<ProjectPages>().SequenceAsync(projectId));
    }

    private LiveEvent Event(long sequence, string kind, object payload) =>
        new(LiveTopics.Project(projectId), sequence, kind, payload, Audience.Public, DateTimeOffset.UtcNow);

    [Fact]
    public async Task A_visitor_sees_everything_public_about_the_project()
    {
        var (page, _, _) = await OpenAsync();

        Assert.Equal("Pilot", page.Find("[data-testid=project-stage]").GetAttribute("data-stage"));
        Assert.NotNull(page.Find("[data-testid=cross-border-badge]"));
        Assert.Contains("<strong>tidal kites</strong>", page.Find("[data-testid=project-description]").InnerHtml);
        var co2 = page.Find("[data-testid=impact-figure][data-kind=Co2eAvoided]");
        Assert.Contains("1,200", co2.TextContent);
        Assert.Contains("t CO₂e/yr", co2.TextContent);
        Assert.Equal("Getijstroom Energie B.V.", page.Find("[data-testid=project-lead]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=follow-button]"));
        Assert.Empty(page.FindAll("[data-testid=project-edit]"));
        Assert.Empty(page.FindAll("[data-testid=project-status-banner]"));
    }

    [Fact]
    public async Task A_pushed_change_replaces_the_page_from_the_event_alone_and_is_highlighted()
    {
        var (page, view, sequence) = await OpenAsync();

        // The database still holds the old title: showing the new one proves the page did not query.
        await bus.PushAsync(Event(sequence + 1, ShowcaseEvents.ProjectChanged, view with { Title = "Tidal kites, now running", Stage = ProjectStage.Running }));

        page.WaitForAssertion(() => Assert.Equal("Running", page.Find("[data-testid=project-stage]").GetAttribute("data-stage")));
        Assert.Equal("Tidal kites, now running", page.Find("[data-testid=project-title]").TextContent);
        Assert.Contains("live-highlight", page.Find("[data-testid=project-hero]").ClassList);
    }

    [Fact]
    public async Task Follower_counts_tick_and_a_withdrawn_project_tells_the_visitor_instead_of_failing()
    {
        var (page, _, sequence) = await OpenAsync();

        await bus.PushAsync(Event(sequence + 1, ShowcaseEvents.FollowersChanged, 7));
        page.WaitForAssertion(() => Assert.Equal("7", page.Find("[data-testid=follower-count]").TextContent));

        await bus.PushAsync(Event(sequence + 2, ShowcaseEvents.ProjectWithdrawn, projectId));
        page.WaitForAssertion(() => Assert.Contains("no longer public", page.Find("[data-testid=project-withdrawn]").TextContent));
        Assert.Empty(page.FindAll("[data-testid=project-title]"));
    }

    [Fact]
    public async Task The_page_stops_listening_when_it_is_closed()
    {
        var (page, _, _) = await OpenAsync();

        page.Instance.Dispose();

        Assert.Equal(0, bus.SubscriberCount);
    }
}
