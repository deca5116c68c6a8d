using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Live;

namespace BeneluxClimate.Domain.Showcase;

/// <summary>The impact dashboard: totals over published projects and how many projects per theme and per country.</summary>
[LivePayload]
public sealed record ImpactSnapshot(
    int PublishedProjects,
    int CrossBorderProjects,
    IReadOnlyDictionary<ImpactKind, double> Totals,
    IReadOnlyDictionary<Theme, int> ProjectsPerTheme,
    IReadOnlyDictionary<string, int> ProjectsPerCountry,
    long Sequence);
