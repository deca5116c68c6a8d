namespace BeneluxClimate.App.Resources;

/// <summary>Marker for the privacy notice resources (Resources/PrivacyStrings.*.resx).</summary>
public sealed class PrivacyStrings;
