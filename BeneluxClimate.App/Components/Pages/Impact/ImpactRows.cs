using BeneluxClimate.App.Localization;
using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Showcase;

namespace BeneluxClimate.App.Components.Pages.Impact;

/// <summary>The dashboard's breakdowns as rows: themes by number of projects, countries with the Benelux first.</summary>
public static class ImpactRows
{
    public static IReadOnlyList<ImpactRow> PerTheme(ImpactSnapshot snapshot, TaxonomyText taxonomy) =>
        snapshot.ProjectsPerTheme.Where(t => t.Value > 0)
            .OrderByDescending(t => t.Value).ThenBy(t => t.Key)
            .Select(t => new ImpactRow(t.Key.ToString(), taxonomy.Theme(t.Key), t.Value)).ToList();

    public static IReadOnlyList<ImpactRow> PerCountry(ImpactSnapshot snapshot, TaxonomyText taxonomy) =>
        snapshot.ProjectsPerCountry.Where(c => c.Value > 0)
            .OrderBy(c => Countries.DisplayOrder(c.Key)).ThenByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => new ImpactRow(c.Key, taxonomy.Country(c.Key), c.Value)).ToList();
}
