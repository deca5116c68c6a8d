using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Showcase;

namespace BeneluxClimate.App.Components.Pages.Projects;

/// <summary>
/// Applies one board change to what a viewer sees under their filters, without asking the database: the card
/// leaves its old column (if it matched), enters its new one (if it matches), and the counts follow.
/// </summary>
internal static class BoardLiveChange
{
    public static BoardView Apply(BoardQuery query, BoardView board, BoardChange change, long sequence)
    {
        var columns = board.Columns.ToDictionary(c => c.Stage, c => (c.Count, Cards: c.Cards.ToList()));
        if (change.Before is { } before && query.Matches(before))
        {
            var column = columns[before.Stage];
            column.Cards.RemoveAll(c => c.Id == before.Id);
            columns[before.Stage] = (Math.Max(column.Count - 1, 0), column.Cards);
        }

        if (change.After is { } after && query.Matches(after))
        {
            var column = columns[after.Stage];
            var shown = Math.Max(column.Cards.Count, ProjectBoard.ColumnSize);
            column.Cards.RemoveAll(c => c.Id == after.Id);
            column.Cards.Add(after);
            column.Cards.Sort(ProjectBoard.CompareNewestFirst);
            if (column.Cards.Count > shown)
            {
                column.Cards.RemoveAt(column.Cards.Count - 1);
            }

            columns[after.Stage] = (column.Count + 1, column.Cards);
        }

        return board with
        {
            Columns = board.Columns.Select(c => new BoardColumn(c.Stage, columns[c.Stage].Count, columns[c.Stage].Cards)).ToList(),
            Sequence = sequence,
        };
    }

    /// <summary>The same change applied to one page of the list view (most recently updated first).</summary>
    public static Page<ProjectCard> Apply(BoardQuery query, Page<ProjectCard> page, BoardChange change)
    {
        var items = page.Items.ToList();
        var total = page.Total;
        if (change.Before is { } before && query.Matches(before))
        {
            items.RemoveAll(c => c.Id == before.Id);
            total--;
        }

        if (change.After is { } after && query.Matches(after))
        {
            total++;
            items.RemoveAll(c => c.Id == after.Id);
            if (page.PageIndex == 0 || items.Count > 0 && ProjectBoard.CompareNewestFirst(after, items[^1]) < 0)
            {
                items.Add(after);
                items.Sort(ProjectBoard.CompareNewestFirst);
                if (items.Count > page.PageSize)
                {
                    items.RemoveAt(items.Count - 1);
                }
            }
        }

        return page with { Items = items, Total = Math.Max(total, 0) };
    }
}
