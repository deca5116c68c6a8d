namespace BeneluxClimate.App.Resources;

/// <summary>Marker for the live session room's resources (Resources/SessionStrings.*.resx).</summary>
public sealed class SessionStrings;
