namespace BeneluxClimate.Domain.Moderation;

/// <summary>The newest feed lines under a filter, and the feed's sequence they reflect.</summary>
public sealed record ActivityPage(IReadOnlyList<ActivityItem> Items, long Sequence);
