namespace BeneluxClimate.Domain.Common;

/// <summary>The one shared taxonomy of climate themes, used by members, projects, proposals and events.</summary>
public enum Theme
{
    Adaptation,
    MitigationEnergy,
    Mobility,
    CircularEconomy,
    NatureBiodiversity,
    Water,
    AgricultureFood,
    BuiltEnvironment,
    Finance,
    JustTransition,
    Education,
}
