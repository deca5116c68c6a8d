using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Domain.Security;
using Microsoft.EntityFrameworkCore;

namespace BeneluxClimate.Domain.Showcase;

/// <summary>
/// The showcase board: published projects per stage with counts, filtered and searched; each column shows its most
/// recently updated cards and pages on; a list view pages through all stages at once.
/// </summary>
public sealed class ProjectBoard(IDbContextFactory<ClimateDbContext> contexts)
{
    public const int ColumnSize = 20;
    public const int ListPageSize = 24;
    public const int MaxPageIndex = 1_000;

    public async Task<Result<BoardView>> LoadAsync(Actor viewer, BoardQuery query, CancellationToken ct = default)
    {
        if (!IsValid(query))
        {
            return Result<BoardView>.Refused(Refusal.InvalidInput);
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var sequence = await db.CurrentSequenceAsync(LiveTopics.Board, ct);
        var filtered = Filter(db, query);
        var counts = await filtered.GroupBy(p => p.Stage).Select(g => new { Stage = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Stage, x => x.Count, ct);
        var columns = new List<BoardColumn>();
        foreach (var stage in Enum.GetValues<ProjectStage>())
        {
            var count = counts.GetValueOrDefault(stage);
            columns.Add(new BoardColumn(stage, count, count == 0 ? [] : await ColumnCardsAsync(db, filtered, stage, 0, ct)));
        }

        return Result<BoardView>.Ok(new BoardView(columns, sequence, await ShowcaseReads.OrganisationOfAsync(db, viewer.UserId, ct)));
    }

    /// <summary>More cards of one column, after the first <paramref name="skip"/>.</summary>
    public async Task<Result<IReadOnlyList<ProjectCard>>> ColumnAsync(BoardQuery query, ProjectStage stage, int skip, CancellationToken ct = default)
    {
        if (!IsValid(query) || !Enum.IsDefined(stage) || skip is < 0 or > MaxPageIndex * ColumnSize)
        {
            return Result<IReadOnlyList<ProjectCard>>.Refused(Refusal.InvalidInput);
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        return Result<IReadOnlyList<ProjectCard>>.Ok(await ColumnCardsAsync(db, Filter(db, query), stage, skip, ct));
    }

    /// <summary>The list view: every matching project, most recently updated first, one page.</summary>
    public async Task<Result<Page<ProjectCard>>> ListAsync(BoardQuery query, int pageIndex, CancellationToken ct = default)
    {
        if (!IsValid(query) || pageIndex is < 0 or > MaxPageIndex)
        {
            return Result<Page<ProjectCard>>.Refused(Refusal.InvalidInput);
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var filtered = Filter(db, query);
        var total = await filtered.CountAsync(ct);
        var page = filtered.OrderByDescending(p => p.UpdatedAtUtc).ThenByDescending(p => p.Id).Skip(pageIndex * ListPageSize).Take(ListPageSize);
        var cards = (await ShowcaseReads.Cards(db, page).ToListAsync(ct)).OrderByDescending(c => c.UpdatedAtUtc).ThenByDescending(c => c.Id).ToList();
        return Result<Page<ProjectCard>>.Ok(new Page<ProjectCard>(cards, total, pageIndex, ListPageSize));
    }

    /// <summary>The order of every column and of the list: most recently updated first.</summary>
    public static int CompareNewestFirst(ProjectCard a, ProjectCard b)
    {
        var byTime = b.UpdatedAtUtc.CompareTo(a.UpdatedAtUtc);
        return byTime != 0 ? byTime : b.Id.CompareTo(a.Id);
    }

    private static async Task<IReadOnlyList<ProjectCard>> ColumnCardsAsync(ClimateDbContext db, IQueryable<Project> filtered, ProjectStage stage, int skip, CancellationToken ct)
    {
        var page = filtered.Where(p => p.Stage == stage).OrderByDescending(p => p.UpdatedAtUtc).ThenByDescending(p => p.Id).Skip(skip).Take(ColumnSize);
        var cards = await ShowcaseReads.Cards(db, page).ToListAsync(ct);
        cards.Sort(CompareNewestFirst);
        return cards;
    }

    private static bool IsValid(BoardQuery query) =>
        (query.Text?.Length ?? 0) <= BoardQuery.TextMaxLength
        && (query.Theme is null || Enum.IsDefined(query.Theme.Value))
        && (query.Country is null || Countries.IsKnown(query.Country))
        && (query.LookingFor is null || query.LookingFor.Value is LookingFor.Expertise or LookingFor.Partners or LookingFor.Funding or LookingFor.PilotSite or LookingFor.Data);

    private static IQueryable<Project> Filter(ClimateDbContext db, BoardQuery query)
    {
        var projects = ShowcaseReads.OnBoard(db);
        var text = query.FoldedText;
        if (text.Length > 0)
        {
            projects = projects.Where(p => p.SearchText.Contains(text));
        }

        if (query.Theme is { } theme)
        {
            var bit = TaxonomyMasks.Bit(theme);
            projects = projects.Where(p => (p.ThemeMask & bit) != 0);
        }

        if (query.Country is { } country)
        {
            var key = CountryKey.Of(country);
            projects = projects.Where(p => p.CountryKey.Contains(key));
        }

        if (query.CrossBorderOnly)
        {
            projects = projects.Where(p => p.IsCrossBorder);
        }

        if (query.LookingFor is { } wanted)
        {
            projects = projects.Where(p => (p.LookingFor & wanted) != LookingFor.None);
        }

        return projects;
    }
}
