namespace BeneluxClimate.App.Resources;

/// <summary>Marker for the taxonomy labels: themes, actor types, Benelux regions, spoken languages (Resources/TaxonomyStrings.*.resx).</summary>
public sealed class TaxonomyStrings;
