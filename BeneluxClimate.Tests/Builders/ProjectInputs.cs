using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Showcase;

namespace BeneluxClimate.Tests.Builders;

/// <summary>A valid project input to start from; tests change only what they are about.</summary>
public static class ProjectInputs
{
    public static ProjectInput Valid(string title = "Tidal kites in the Eastern Scheldt") => new(
        Guid.NewGuid(),
        title,
        "Small tidal turbines on storm-surge barriers, piloted in Zeeland and Flanders.",
        "We test **tidal kites** at the Oosterscheldekering.",
        [Theme.MitigationEnergy, Theme.Water],
        ["NL", "BE"],
        ["NL-ZE", "BE-VWV"],
        ProjectStage.Pilot,
        [],
        [],
        new DateOnly(2025, 3, 1),
        new DateOnly(2028, 12, 31),
        ["https://example.org/tidal-kites"],
        LookingFor.Partners | LookingFor.Funding,
        [new ImpactFigure(ImpactKind.Co2eAvoided, 1200, "https://example.org/tidal-kites/lca"), new ImpactFigure(ImpactKind.RenewableCapacity, 2.5, null)]);
}
