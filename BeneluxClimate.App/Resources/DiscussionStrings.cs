namespace BeneluxClimate.App.Resources;

/// <summary>Marker for the proposal discussion's resources (Resources/DiscussionStrings.*.resx).</summary>
public sealed class DiscussionStrings;
