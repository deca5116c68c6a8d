namespace BeneluxClimate.App.Resources;

/// <summary>Marker for the strings of the onboarding and the own-profile editor (Resources/ProfileStrings.*.resx).</summary>
public sealed class ProfileStrings;
