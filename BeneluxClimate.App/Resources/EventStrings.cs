namespace BeneluxClimate.App.Resources;

/// <summary>Marker for the event pages' resources (Resources/EventStrings.*.resx).</summary>
public sealed class EventStrings;
