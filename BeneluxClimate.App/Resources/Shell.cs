namespace BeneluxClimate.App.Resources;

/// <summary>Marker for the Shell resources (Resources/Shell.*.resx).</summary>
public sealed class Shell;
