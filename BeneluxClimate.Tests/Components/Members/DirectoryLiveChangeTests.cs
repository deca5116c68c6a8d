using BeneluxClimate.App.Components.Pages.Members;
using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Members;

namespace BeneluxClimate.Tests.Components.Members;

public sealed class DirectoryLiveChangeTests
{
    private static DirectoryCard Card(string id, string country = "BE", ProfileVisibility visibility = ProfileVisibility.Public) =>
        new(id, $"Member {id}", "Headline", null, null, country, country == "BE" ? "BE-VAN" : null, ActorType.Research,
            [Theme.Water], ["nl"], visibility, DateTimeOffset.UtcNow, SearchText.Normalize($"Member {id} Headline"));

    private static DirectoryResult Result(params DirectoryCard[] cards) => new(
        new Page<DirectoryCard>(cards, cards.Length, 0, DirectoryQuery.PageSize),
        new DirectoryFacets(new Dictionary<string, int> { ["BE"] = cards.Length }, new Dictionary<string, int>(), new Dictionary<ActorType, int>(),
            new Dictionary<Theme, int>(), new Dictionary<string, int>()),
        Sequence: 5);

    private static LiveEvent Event(string kind, object payload) => new("directory:members", 6, kind, payload, Audience.Members, DateTimeOffset.UtcNow);

    [Fact]
    public void A_newcomer_who_matches_appears_first_and_is_counted()
    {
        var result = Result(Card("a"));

        var change = DirectoryLiveChange.Apply(new DirectoryQuery(), result, [.. result.Cards.Items], Event(MemberDirectory.Joined, Card("b")));

        Assert.Equal(["b", "a"], change.Cards.Select(c => c.UserId));
        Assert.Equal(2, change.Result.Cards.Total);
        Assert.Equal(2, change.Result.Facets.Countries["BE"]);
        Assert.Equal(6, change.Result.Sequence);
        Assert.Equal("b", change.ChangedUserId);
    }

    [Fact]
    public void A_newcomer_outside_the_filters_changes_nothing()
    {
        var result = Result(Card("a"));

        var change = DirectoryLiveChange.Apply(new DirectoryQuery(Country: "BE"), result, [.. result.Cards.Items], Event(MemberDirectory.Joined, Card("b", "NL")));

        Assert.Equal(["a"], change.Cards.Select(c => c.UserId));
        Assert.Equal(1, change.Result.Cards.Total);
        Assert.Null(change.ChangedUserId);
    }

    [Fact]
    public void An_update_that_no_longer_matches_removes_the_card()
    {
        var result = Result(Card("a"), Card("b"));

        var change = DirectoryLiveChange.Apply(new DirectoryQuery(Country: "BE"), result, [.. result.Cards.Items], Event(MemberDirectory.Updated, Card("a", "NL")));

        Assert.Equal(["b"], change.Cards.Select(c => c.UserId));
        Assert.Equal(1, change.Result.Cards.Total);
    }

    [Fact]
    public void A_hidden_member_leaves_the_list()
    {
        var result = Result(Card("a"), Card("b"));

        var change = DirectoryLiveChange.Apply(new DirectoryQuery(), result, [.. result.Cards.Items], Event(MemberDirectory.Hidden, "a"));

        Assert.Equal(["b"], change.Cards.Select(c => c.UserId));
        Assert.Equal(1, change.Result.Cards.Total);
    }

    [Fact]
    public void On_later_pages_a_newcomer_is_counted_but_not_inserted()
    {
        var result = Result(Card("a"));

        var change = DirectoryLiveChange.Apply(new DirectoryQuery(PageIndex: 1), result, [.. result.Cards.Items], Event(MemberDirectory.Joined, Card("b")));

        Assert.Equal(["a"], change.Cards.Select(c => c.UserId));
        Assert.Equal(2, change.Result.Cards.Total);
    }
}
