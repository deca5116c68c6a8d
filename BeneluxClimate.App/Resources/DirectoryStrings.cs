namespace BeneluxClimate.App.Resources;

/// <summary>Marker for the member directory and member page resources (Resources/DirectoryStrings.*.resx).</summary>
public sealed class DirectoryStrings;
