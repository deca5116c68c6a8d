using BeneluxClimate.Domain.Live;

namespace BeneluxClimate.Domain.Moderation;

/// <summary>One feed line as moderators see it, live or loaded.</summary>
[LivePayload]
public sealed record ActivityItem(
    long Id,
    long Sequence,
    ActivityKind Kind,
    string? ActorId,
    string ActorName,
    string Subject,
    string Link,
    IReadOnlyList<string> Countries,
    int ThemeMask,
    bool IsBusy,
    DateTimeOffset AtUtc);
