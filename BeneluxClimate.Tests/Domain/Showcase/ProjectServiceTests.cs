using System.Collections.Concurrent;
using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Organisations;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Domain.Showcase;
using BeneluxClimate.Tests.Builders;
using Microsoft.EntityFrameworkCore;

namespace BeneluxClimate.Tests.Domain.Showcase;

public sealed class ProjectServiceTests : IAsyncLifetime
{
    private TestDatabase database = null!;
    private string lotteId = "";
    private string pieterId = "";
    private string moderatorId = "";
    private int organisationId;

    private ProjectService Projects => database.Get<ProjectService>();

    private ProjectPages Pages => database.Get<ProjectPages>();

    private ProjectBoard Board => database.Get<ProjectBoard>();

    private Actor Lotte => Actor.Member(lotteId, Roles.Member);

    private Actor Pieter => Actor.Member(pieterId, Roles.Member);

    private Actor Moderator => Actor.Member(moderatorId, Roles.Member, Roles.Moderator);

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        lotteId = await database.AddMemberAsync("Lotte", "lotte@example.test");
        pieterId = await database.AddMemberAsync("Pieter", "pieter@example.test");
        moderatorId = await database.AddMemberAsync("Mona", "mona@example.test", Roles.Moderator);
        var created = await database.Get<OrganisationService>().CreateAsync(Lotte, new OrganisationInput(
            Guid.NewGuid(), "Getijstroom Energie B.V.", ActorType.Business, "NL", null, "", "71936542"));
        organisationId = created.OrganisationId!.Value;
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    private async Task<int> PublishedAsync(ProjectInput? input = null)
    {
        var created = await Projects.CreateAsync(Lotte, input ?? ProjectInputs.Valid());
        Assert.True(created.Succeeded, string.Join(", ", created.Result.Problems?.Select(p => $"{p.Field}:{p.Code}") ?? []));
        Assert.True((await Projects.PublishAsync(Lotte, created.ProjectId!.Value)).Succeeded);
        return created.ProjectId!.Value;
    }

    private async Task<BoardView> BoardAsync(BoardQuery? query = null) => (await Board.LoadAsync(Actor.Anonymous, query ?? new BoardQuery())).Value!;

    [Fact]
    public async Task A_draft_is_seen_by_its_editors_only_until_it_is_published_onto_the_board()
    {
        var created = await Projects.CreateAsync(Lotte, ProjectInputs.Valid());
        var id = created.ProjectId!.Value;

        Assert.Equal(0, (await BoardAsync()).Columns.Sum(c => c.Count));
        Assert.True((await Pages.GetAsync(Lotte, id)).Value!.ViewerCanEdit);
        Assert.Equal(Refusal.NotFound, (await Pages.GetAsync(Pieter, id)).Refusal);
        Assert.Equal(Refusal.NotFound, (await Pages.GetAsync(Actor.Anonymous, id)).Refusal);

        Assert.True((await Projects.PublishAsync(Lotte, id)).Succeeded);

        var pilot = (await BoardAsync()).Columns.Single(c => c.Stage == ProjectStage.Pilot);
        var card = Assert.Single(pilot.Cards);
        Assert.Equal((1, "Tidal kites in the Eastern Scheldt", "Getijstroom Energie B.V.", true), (pilot.Count, card.Title, card.LeadOrganisationName, card.IsCrossBorder));
        var page = (await Pages.GetAsync(Actor.Anonymous, id)).Value!;
        Assert.Contains("<strong>tidal kites</strong>", page.View.DescriptionHtml);
        Assert.False(page.ViewerCanEdit);
    }

    [Fact]
    public async Task Only_editors_change_a_project_and_a_contact_member_becomes_an_editor()
    {
        var id = await PublishedAsync();
        await database.Get<BeneluxClimate.Domain.Members.MemberProfiles>().SaveAsync(Pieter, ProfileInputs.Valid("Pieter Smit"));

        Assert.Equal(Refusal.Forbidden, (await Projects.MoveAsync(Pieter, id, ProjectStage.Running)).Refusal);
        Assert.Equal(Refusal.Forbidden, (await Projects.UpdateAsync(Pieter, id, ProjectInputs.Valid("Taken over"))).Refusal);
        Assert.Equal(Refusal.Forbidden, (await Projects.ArchiveAsync(Pieter, id)).Refusal);
        Assert.Equal(Refusal.NotSignedIn, (await Projects.MoveAsync(Actor.Anonymous, id, ProjectStage.Running)).Refusal);
        Assert.Equal(Refusal.Forbidden, (await Projects.SetHiddenAsync(Lotte, id, hidden: true)).Refusal); // editors do not moderate

        Assert.True((await Projects.UpdateAsync(Lotte, id, ProjectInputs.Valid() with { ContactMemberIds = [pieterId] })).Succeeded);
        Assert.True((await Projects.MoveAsync(Pieter, id, ProjectStage.Running)).Succeeded);

        var stage = await database.QueryAsync(db => db.Projects.Where(p => p.Id == id).Select(p => p.Stage).SingleAsync());
        Assert.Equal(ProjectStage.Running, stage);
    }

    [Fact]
    public async Task A_move_is_published_with_the_card_before_and_after_and_the_impact_recounted()
    {
        var id = await PublishedAsync();
        var received = new ConcurrentQueue<LiveEvent>();
        var bus = database.Get<ILiveBus>();
        var boardChanged = new TaskCompletionSource();
        var impactChanged = new TaskCompletionSource();
        var sequences = await database.QueryAsync(async db => (Board: await db.CurrentSequenceAsync(LiveTopics.Board, default), Impact: await db.CurrentSequenceAsync(LiveTopics.Impact, default)));
        // Only the move's events: the publish before it may still be on its way to these new subscriptions.
        using var board = bus.Subscribe(LiveTopics.Board, e => Receive(e, sequences.Board, boardChanged), () => Task.CompletedTask);
        using var impact = bus.Subscribe(LiveTopics.Impact, e => Receive(e, sequences.Impact, impactChanged), () => Task.CompletedTask);

        Assert.True((await Projects.MoveAsync(Lotte, id, ProjectStage.Running)).Succeeded);
        await Task.WhenAll(boardChanged.Task, impactChanged.Task).WaitAsync(TimeSpan.FromSeconds(5));

        var change = (BoardChange)received.Single(e => e.Topic == LiveTopics.Board).Payload;
        Assert.Equal((ProjectStage.Pilot, ProjectStage.Running), (change.Before!.Stage, change.After!.Stage));
        var snapshot = (ImpactSnapshot)received.Single(e => e.Topic == LiveTopics.Impact).Payload;

        Task Receive(LiveEvent e, long before, TaskCompletionSource done)
        {
            if (e.Sequence > before)
            {
                received.Enqueue(e);
                done.TrySetResult();
            }

            return Task.CompletedTask;
        }
        Assert.Equal((1, 1200d, 2.5d), (snapshot.PublishedProjects, snapshot.Totals[ImpactKind.Co2eAvoided], snapshot.Totals[ImpactKind.RenewableCapacity]));
        Assert.Equal(1, snapshot.ProjectsPerCountry["BE"]);
        Assert.Equal(1, snapshot.ProjectsPerTheme[Theme.Water]);
    }

    [Fact]
    public async Task A_hidden_project_leaves_the_board_and_the_public_until_a_moderator_restores_it()
    {
        var id = await PublishedAsync();

        Assert.True((await Projects.SetHiddenAsync(Moderator, id, hidden: true)).Succeeded);
        Assert.Equal(0, (await BoardAsync()).Columns.Sum(c => c.Count));
        Assert.Equal(Refusal.NotFound, (await Pages.GetAsync(Pieter, id)).Refusal);
        Assert.True((await Pages.GetAsync(Lotte, id)).Value!.View.IsHidden); // its editors still see it, marked hidden
        Assert.Equal(0, (await database.Get<ImpactDashboard>().GetAsync()).PublishedProjects);

        Assert.True((await Projects.SetHiddenAsync(Moderator, id, hidden: false)).Succeeded);
        Assert.Equal(1, (await BoardAsync()).Columns.Sum(c => c.Count));
    }

    [Fact]
    public async Task Archiving_takes_a_project_off_the_board_but_keeps_its_page()
    {
        var id = await PublishedAsync();

        Assert.True((await Projects.ArchiveAsync(Lotte, id)).Succeeded);

        Assert.Equal(0, (await BoardAsync()).Columns.Sum(c => c.Count));
        Assert.Equal(ProjectStatus.Archived, (await Pages.GetAsync(Actor.Anonymous, id)).Value!.View.Status);
    }

    [Fact]
    public async Task The_same_create_command_twice_creates_one_project()
    {
        var input = ProjectInputs.Valid();

        var first = await Projects.CreateAsync(Lotte, input);
        var again = await Projects.CreateAsync(Lotte, input);

        Assert.Equal(first.ProjectId, again.ProjectId);
        Assert.Equal(1, await database.QueryAsync(db => db.Projects.CountAsync()));
    }

    [Fact]
    public async Task A_member_without_an_organisation_cannot_lead_a_project()
    {
        var created = await Projects.CreateAsync(Pieter, ProjectInputs.Valid());

        Assert.Equal(Refusal.Forbidden, created.Result.Refusal);
    }

    [Theory]
    [InlineData("Impact.Co2eAvoided", "Negative")]
    [InlineData("Impact.PeopleReached", "NotWhole")]
    [InlineData("Impact.HectaresRestored", "TooLarge")]
    [InlineData("Impact.RenewableCapacity.Evidence", "NotHttpLink")]
    [InlineData("Links", "NotHttpLink")]
    [InlineData("Regions", "Invalid")]
    [InlineData("EndDate", "BeforeStart")]
    [InlineData("Title", "TooLong")]
    [InlineData("Countries", "Required")]
    [InlineData("PartnerOrganisationIds", "Invalid")]
    public async Task Bad_input_is_refused_field_by_field_and_nothing_is_written(string field, string code)
    {
        var valid = ProjectInputs.Valid();
        var input = field switch
        {
            "Impact.Co2eAvoided" => valid with { Impact = [new ImpactFigure(ImpactKind.Co2eAvoided, -5, null)] },
            "Impact.PeopleReached" => valid with { Impact = [new ImpactFigure(ImpactKind.PeopleReached, 10.5, null)] },
            "Impact.HectaresRestored" => valid with { Impact = [new ImpactFigure(ImpactKind.HectaresRestored, 5_000_000, null)] },
            "Impact.RenewableCapacity.Evidence" => valid with { Impact = [new ImpactFigure(ImpactKind.RenewableCapacity, 3, "javascript:alert(1)")] },
            "Links" => valid with { Links = ["ftp://example.org/files"] },
            "Regions" => valid with { Regions = ["LU-ES"] },
            "EndDate" => valid with { StartDate = new DateOnly(2026, 1, 1), EndDate = new DateOnly(2025, 1, 1) },
            "Title" => valid with { Title = new string('x', Project.TitleMaxLength + 1) },
            "Countries" => valid with { Countries = [], Regions = [] },
            _ => valid with { PartnerOrganisationIds = [987_654] },
        };

        var created = await Projects.CreateAsync(Lotte, input);

        Assert.Equal(Refusal.InvalidInput, created.Result.Refusal);
        Assert.Contains(created.Result.Problems!, p => p.Field == field && p.Code == code);
        Assert.Equal(0, await database.QueryAsync(db => db.Projects.CountAsync()));
    }

    [Fact]
    public async Task The_board_filters_by_theme_country_cross_border_looking_for_and_text()
    {
        await PublishedAsync();
        await PublishedAsync(ProjectInputs.Valid("Zonnedaken Maastricht") with
        {
            Countries = ["NL"],
            Regions = ["NL-LI"],
            Themes = [Theme.BuiltEnvironment],
            LookingFor = LookingFor.Data,
            Stage = ProjectStage.Idea,
        });

        static int Total(BoardView view) => view.Columns.Sum(c => c.Count);
        Assert.Equal(2, Total(await BoardAsync()));
        Assert.Equal(1, Total(await BoardAsync(new BoardQuery(CrossBorderOnly: true))));
        Assert.Equal(2, Total(await BoardAsync(new BoardQuery(Country: "NL"))));
        Assert.Equal(1, Total(await BoardAsync(new BoardQuery(Country: "BE"))));
        Assert.Equal(1, Total(await BoardAsync(new BoardQuery(Theme: Theme.BuiltEnvironment))));
        Assert.Equal(1, Total(await BoardAsync(new BoardQuery(LookingFor: LookingFor.Funding))));
        Assert.Equal("Zonnedaken Maastricht", Assert.Single((await BoardAsync(new BoardQuery("MAASTRICHT"))).Columns.SelectMany(c => c.Cards)).Title);
        Assert.Equal(1, (await BoardAsync()).Columns.Single(c => c.Stage == ProjectStage.Idea).Count);
    }

    [Fact]
    public async Task Following_counts_each_member_once()
    {
        var id = await PublishedAsync();

        await Pages.FollowAsync(Pieter, id, follow: true);
        await Pages.FollowAsync(Pieter, id, follow: true);
        await Pages.FollowAsync(Moderator, id, follow: true);
        await Pages.FollowAsync(Moderator, id, follow: false);

        var page = (await Pages.GetAsync(Pieter, id)).Value!;
        Assert.Equal((1, true), (page.View.FollowerCount, page.ViewerFollows));
        Assert.Equal(Refusal.NotSignedIn, (await Pages.FollowAsync(Actor.Anonymous, id, follow: true)).Refusal);
    }
}
