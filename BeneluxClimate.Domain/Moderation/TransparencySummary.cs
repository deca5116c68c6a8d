namespace BeneluxClimate.Domain.Moderation;

/// <summary>One month's counts, in the spirit of the Digital Services Act transparency reports.</summary>
public sealed record TransparencySummary(
    int Year,
    int Month,
    IReadOnlyDictionary<ReportReason, int> ReportsByReason,
    IReadOnlyDictionary<ModerationActionKind, int> ActionsByKind,
    int AutomaticHides,
    int AppealsFiled,
    int AppealsReversed);
