using BeneluxClimate.Domain.Showcase;

namespace BeneluxClimate.App.Components.Pages.Impact;

/// <summary>Impact figures in the reader's culture: whole numbers once they are large, one decimal while they are small.</summary>
public static class ImpactFormat
{
    public static string Value(ImpactKind kind, double value) =>
        ImpactUnits.IsWhole(kind) || value >= 100 ? value.ToString("N0") : value.ToString("#,0.#");
}
