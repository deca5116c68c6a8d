namespace BeneluxClimate.App.Resources;

/// <summary>Marker for the project pages' resources (Resources/ProjectStrings.*.resx).</summary>
public sealed class ProjectStrings;
