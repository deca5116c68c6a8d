namespace BeneluxClimate.App.Resources;

/// <summary>Marker for the news pages' resources (Resources/NewsStrings.*.resx).</summary>
public sealed class NewsStrings;
