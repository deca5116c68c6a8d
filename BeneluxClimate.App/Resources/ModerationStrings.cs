namespace BeneluxClimate.App.Resources;

/// <summary>Marker for the moderators' situation room strings (ModerationStrings*.resx).</summary>
public sealed class ModerationStrings;
