namespace BeneluxClimate.App.Resources;

/// <summary>Marker for reporting, hidden items, appeals and the discussion's moderation (Resources/ReportStrings.*.resx).</summary>
public sealed class ReportStrings;
