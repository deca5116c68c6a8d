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

public sealed class BoardTests : IAsyncLifetime
{
    private readonly FakeLiveBus bus = new();
    private TestDatabase database = null!;
    private ProjectCard card = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        var lotteId = await database.AddMemberAsync("Lotte", "lotte@example.test");
        var lotte = Actor.Member(lotteId, Roles.Member);
        await database.Get<OrganisationService>().CreateAsync(lotte, new OrganisationInput(Guid.NewGuid(), "Getijstroom Energie B.V.", ActorType.Business, "NL", null, "", "71936542"));
        var projects = database.Get<ProjectService>();
        var created = await projects.CreateAsync(lotte, ProjectInputs.Valid());
        await projects.PublishAsync(lotte, created.ProjectId!.Value);
        var board = (await database.Get<ProjectBoard>().LoadAsync(Actor.Anonymous, new BoardQuery())).Value!;
        card = board.Columns.SelectMany(c => c.Cards).Single();
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    private ComponentTestContext Context(string culture = "en") => new(culture, services: s =>
    {
        s.AddSingleton(database.Get<ProjectBoard>());
        s.AddSingleton(database.Get<ProjectService>());
        s.AddSingleton<ILiveBus>(bus);
        s.AddSingleton(database.Get<TopicSequenceReader>());
        s.AddScoped<ActorAccessor>();
    });

    private static string StageOf(IRenderedComponent<Board> board, int projectId) =>
        board.Find($"[data-testid=project-card][data-project-id='{projectId}']").Closest("[data-testid=board-column]")!.GetAttribute("data-stage")!;

    [Fact]
    public async Task A_move_pushed_by_the_bus_moves_the_card_and_the_counts_without_a_query()
    {
        await using var context = Context();
        var board = context.Render<Board>();
        board.WaitForAssertion(() => Assert.Equal("Pilot", StageOf(board, card.Id)));
        Assert.Equal(1, bus.SubscriberCount);
        var sequence = (await database.Get<ProjectBoard>().LoadAsync(Actor.Anonymous, new BoardQuery())).Value!.Sequence;
        var queriesBefore = database.Commands.Count;

        var moved = card with { Stage = ProjectStage.Completed, UpdatedAtUtc = card.UpdatedAtUtc.AddMinutes(1) };
        await bus.PushAsync(new LiveEvent(LiveTopics.Board, sequence + 1, ShowcaseEvents.BoardChanged, new BoardChange(card, moved), Audience.Public, DateTimeOffset.UtcNow));

        board.WaitForAssertion(() => Assert.Equal("Completed", StageOf(board, card.Id)));
        Assert.Equal(queriesBefore, database.Commands.Count);
        Assert.Equal("1", board.Find("[data-testid=board-column][data-stage=Completed] [data-testid=board-column-count]").TextContent);
        Assert.Equal("0", board.Find("[data-testid=board-column][data-stage=Pilot] [data-testid=board-column-count]").TextContent);
        Assert.Contains("live-highlight", board.Find($"[data-testid=project-card][data-project-id='{card.Id}']").ClassName);
    }

    [Fact]
    public async Task Visitors_and_other_members_get_no_move_menu_and_no_new_project_button_when_signed_out()
    {
        await using var context = Context();
        var board = context.Render<Board>();
        board.WaitForAssertion(() => Assert.Single(board.FindAll("[data-testid=project-card]")));

        Assert.Empty(board.FindAll("[data-testid=project-move-menu]"));
        Assert.Empty(board.FindAll("[data-testid=new-project]"));
    }

    [Fact]
    public async Task Board_texts_are_in_the_readers_language()
    {
        await using var context = Context("nl");
        var board = context.Render<Board>();

        board.WaitForAssertion(() => Assert.Contains("Zoekt partners", board.Find("[data-testid=board-column][data-stage=SeekingPartners]").TextContent));
        Assert.Contains("Grensoverschrijdend", board.Find("[data-testid=cross-border-badge]").TextContent);
    }
}
