using BeneluxClimate.App.Components.Pages.Projects;
using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Showcase;

namespace BeneluxClimate.Tests.Components.Projects;

public sealed class BoardLiveChangeTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);

    private static ProjectCard Card(int id, ProjectStage stage, string country = "NL", int minutesAgo = 0) =>
        new(id, $"Project {id}", "Summary", stage, 1, "Getijstroom", [country], [Theme.Water], LookingFor.Partners, [], Now.AddMinutes(-minutesAgo), $"project {id}");

    private static BoardView Board(params ProjectCard[] cards) => new(
        Enum.GetValues<ProjectStage>().Select(s => new BoardColumn(s, cards.Count(c => c.Stage == s), cards.Where(c => c.Stage == s).ToList())).ToList(), 7, null);

    private static BoardColumn Column(BoardView board, ProjectStage stage) => board.Columns.Single(c => c.Stage == stage);

    [Fact]
    public void A_moved_card_leaves_its_old_column_and_tops_the_new_one_with_both_counts_following()
    {
        var moving = Card(1, ProjectStage.Pilot, minutesAgo: 60);
        var board = Board(moving, Card(2, ProjectStage.Running, minutesAgo: 30));

        var after = BoardLiveChange.Apply(new BoardQuery(), board, new BoardChange(moving, moving with { Stage = ProjectStage.Running, UpdatedAtUtc = Now }), 8);

        Assert.Equal((0, 2, 8L), (Column(after, ProjectStage.Pilot).Count, Column(after, ProjectStage.Running).Count, after.Sequence));
        Assert.Equal([1, 2], Column(after, ProjectStage.Running).Cards.Select(c => c.Id));
        Assert.Empty(Column(after, ProjectStage.Pilot).Cards);
    }

    [Fact]
    public void A_change_outside_the_viewers_filters_changes_nothing_and_one_that_leaves_them_removes_the_card()
    {
        var belgian = Card(1, ProjectStage.Idea, country: "BE");
        var dutch = Card(2, ProjectStage.Idea);
        var filter = new BoardQuery(Country: "NL");
        var board = Board(dutch);

        var unrelated = BoardLiveChange.Apply(filter, board, new BoardChange(null, belgian), 8);
        var movedAbroad = BoardLiveChange.Apply(filter, board, new BoardChange(dutch, dutch with { Countries = ["LU"] }), 9);

        Assert.Equal(1, Column(unrelated, ProjectStage.Idea).Count);
        Assert.Equal(0, Column(movedAbroad, ProjectStage.Idea).Count);
        Assert.Empty(Column(movedAbroad, ProjectStage.Idea).Cards);
    }

    [Fact]
    public void An_archived_card_leaves_the_list_view_and_a_published_one_tops_its_first_page()
    {
        var old = Card(1, ProjectStage.Running, minutesAgo: 90);
        var page = new Page<ProjectCard>([old], 1, 0, ProjectBoard.ListPageSize);

        var archived = BoardLiveChange.Apply(new BoardQuery(), page, new BoardChange(old, null));
        var published = BoardLiveChange.Apply(new BoardQuery(), page, new BoardChange(null, Card(2, ProjectStage.Idea)));

        Assert.Equal(0, archived.Total);
        Assert.Empty(archived.Items);
        Assert.Equal([2, 1], published.Items.Select(c => c.Id));
        Assert.Equal(2, published.Total);
    }
}
