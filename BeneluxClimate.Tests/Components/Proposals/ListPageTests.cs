using BeneluxClimate.App.Components.Pages.Proposals.List;
using BeneluxClimate.App.Security;
using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Members;
using BeneluxClimate.Domain.Partnerships;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Tests.Builders;
using ProposalList = BeneluxClimate.App.Components.Pages.Proposals.List.ProposalList;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace BeneluxClimate.Tests.Components.Proposals;

public sealed class ListPageTests : IAsyncLifetime
{
    private readonly FakeLiveBus bus = new();
    private TestDatabase database = null!;
    private ProposalCard card = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        var lotte = Actor.Member(await database.AddMemberAsync("Lotte Janssens", "lotte@example.test"), Roles.Member);
        var saved = await database.Get<MemberProfiles>().SaveAsync(lotte, ProfileInputs.Valid() with { CountryCode = "BE", RegionCode = "BE-VOV" });
        Assert.True(saved.Succeeded);
        var created = await database.Get<ProposalService>().CreateAsync(lotte, ProposalInputs.Valid());
        Assert.True(created.Succeeded);
        card = (await database.Get<ProposalDirectory>().ListAsync(Actor.Anonymous, new ProposalQuery())).Value!.Items.Items.Single().Card;
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    private ComponentTestContext Context(string culture = "en") => new(culture, services: s =>
    {
        s.AddSingleton(database.Get<ProposalDirectory>());
        s.AddSingleton(database.Get<MemberProfiles>());
        s.AddSingleton(database.Get<TimeProvider>());
        s.AddSingleton<ILiveBus>(bus);
        s.AddSingleton(database.Get<TopicSequenceReader>());
        s.AddScoped<ActorAccessor>();
    });

    private async Task<long> SequenceAsync() => (await database.Get<ProposalDirectory>().ListAsync(Actor.Anonymous, new ProposalQuery())).Value!.Sequence;

    private static LiveEvent Event(long sequence, string kind, object payload) =>
        new(LiveTopics.Proposals, sequence, kind, payload, Audience.Public, DateTimeOffset.UtcNow);

    [Fact]
    public async Task A_published_proposal_that_matches_appears_on_top_highlighted_without_a_query_and_only_once()
    {
        await using var context = Context();
        var list = context.Render<ProposalList>();
        list.WaitForAssertion(() => Assert.Single(list.FindAll("[data-testid=proposal-card]")));
        Assert.Equal(1, bus.SubscriberCount);
        var sequence = await SequenceAsync();
        var queriesBefore = database.Commands.Count;

        var arrived = card with { Id = card.Id + 100, Title = "Tidal kites for the Wadden", CreatedAtUtc = DateTimeOffset.UtcNow };
        await bus.PushAsync(Event(sequence + 1, ProposalEvents.ProposalPublished, arrived));
        await bus.PushAsync(Event(sequence + 2, ProposalEvents.ProposalChanged, arrived with { CommentCount = 3 }));

        list.WaitForAssertion(() => Assert.Equal(2, list.FindAll("[data-testid=proposal-card]").Count));
        var first = list.FindAll("[data-testid=proposal-card]")[0];
        Assert.Equal(arrived.Id.ToString(), first.GetAttribute("data-proposal-id"));
        Assert.Contains("live-highlight", first.ClassName);
        Assert.Contains("3 comments", first.QuerySelector("[data-testid=proposal-card-comments]")!.TextContent);
        Assert.Equal("2", list.Find("[data-testid=proposal-count]").TextContent);
        Assert.Equal(queriesBefore, database.Commands.Count);

        await bus.PushAsync(Event(sequence + 3, ProposalEvents.ProposalWithdrawn, card.Id));
        list.WaitForAssertion(() => Assert.Single(list.FindAll("[data-testid=proposal-card]")));
        Assert.Equal("1", list.Find("[data-testid=proposal-count]").TextContent);
        Assert.Equal(queriesBefore, database.Commands.Count);
    }

    [Fact]
    public async Task A_published_proposal_outside_the_filters_is_ignored()
    {
        await using var context = Context();
        context.Bunit.Services.GetRequiredService<NavigationManager>().NavigateTo("proposals?country=LU");
        var list = context.Render<ProposalList>();
        list.WaitForAssertion(() => Assert.NotNull(list.Find("[data-testid=proposals-empty]")));
        var sequence = await SequenceAsync();
        var queriesBefore = database.Commands.Count;

        await bus.PushAsync(Event(sequence + 1, ProposalEvents.ProposalPublished, card with { Id = card.Id + 100 }));

        Assert.Empty(list.FindAll("[data-testid=proposal-card]"));
        Assert.Equal("0", list.Find("[data-testid=proposal-count]").TextContent);
        Assert.Equal(queriesBefore, database.Commands.Count);
    }

    [Fact]
    public void Applying_the_same_publication_after_a_reload_that_holds_it_keeps_one_card()
    {
        var page = new Page<ProposalListItem>([new ProposalListItem(card, null)], 1, 0, ProposalQuery.PageSize);

        var (after, arrived) = ProposalListLive.Published(page, new ProposalQuery(), card with { CommentCount = 2 }, null);

        Assert.False(arrived);
        Assert.Single(after.Items);
        Assert.Equal(1, after.Total);
        Assert.Equal(2, after.Items[0].Card.CommentCount);
    }

    [Fact]
    public async Task The_suggestion_reason_is_one_line_in_Dutch()
    {
        await using var context = Context("nl");
        var suggestion = new Suggestion(8, ActorType.Research, "NL", [Theme.Water]);

        var rendered = context.Render<ProposalListCard>(p => p.Add(c => c.Card, card).Add(c => c.Suggestion, suggestion));

        Assert.Equal("Zoekt Onderzoek in Nederland — jij bent onderzoeker in Nederland · deelt je thema's: Water",
            rendered.Find("[data-testid=proposal-reason]").TextContent.Trim());
        Assert.Contains("sluit over", rendered.Find("[data-testid=proposal-card-deadline]").TextContent);
    }
}
