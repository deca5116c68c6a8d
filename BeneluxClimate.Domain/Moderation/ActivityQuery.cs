using BeneluxClimate.Domain.Common;

namespace BeneluxClimate.Domain.Moderation;

/// <summary>The feed's filters; null means any.</summary>
public sealed record ActivityQuery(ActivityKind? Kind = null, string? Country = null, Theme? Theme = null)
{
    public bool Matches(ActivityItem item) =>
        (Kind is null || item.Kind == Kind)
        && (Country is null || item.Countries.Contains(Country))
        && (Theme is null || (item.ThemeMask & TaxonomyMasks.Bit(Theme.Value)) != 0);
}
