namespace BeneluxClimate.Domain.Moderation;

/// <summary>One reported item waiting for a moderator: how many members reported it and why.</summary>
public sealed record QueuedItem(
    TargetRef Target,
    string Subject,
    string Link,
    bool IsHidden,
    int Reports,
    IReadOnlyDictionary<ReportReason, int> Reasons,
    IReadOnlyList<string> Details,
    DateTimeOffset LatestUtc);
