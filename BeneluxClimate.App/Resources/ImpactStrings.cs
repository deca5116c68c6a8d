namespace BeneluxClimate.App.Resources;

/// <summary>Marker for the impact dashboard's resources (Resources/ImpactStrings.*.resx).</summary>
public sealed class ImpactStrings;
