namespace BeneluxClimate.Domain.Moderation;

/// <summary>Moderation thresholds (section "Moderation"); production defaults.</summary>
public sealed class ModerationOptions
{
    public const string Section = "Moderation";

    /// <summary>Distinct members whose reports hide an item at once, pending review.</summary>
    public int ReportThreshold { get; set; } = 3;

    /// <summary>Comments per minute on one discussion from which the feed marks it as unusually busy.</summary>
    public int BusyCommentsPerMinute { get; set; } = 10;

    /// <summary>Longest slow mode a moderator may set, in seconds.</summary>
    public int MaxSlowModeSeconds { get; set; } = 3_600;
}
