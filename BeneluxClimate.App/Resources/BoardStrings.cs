namespace BeneluxClimate.App.Resources;

/// <summary>Marker for the showcase board's strings (BoardStrings*.resx).</summary>
public sealed class BoardStrings;
