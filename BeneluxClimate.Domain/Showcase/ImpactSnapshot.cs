using BeneluxClimate.Domain.Common;

namespace BeneluxClimate.Domain.Showcase;

/// <summary>The impact dashboard: totals over published projects and how many projects per theme and per country.</summary>
public sealed record ImpactSnapshot(
    int PublishedProjects,
    int CrossBorderProjects,
    IReadOnlyDictionary<ImpactKind, double> Totals,
    IReadOnlyDictionary<Theme, int> ProjectsPerTheme,
    IReadOnlyDictionary<string, int> ProjectsPerCountry,
    long Sequence);
