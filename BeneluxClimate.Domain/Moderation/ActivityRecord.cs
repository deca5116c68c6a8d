using BeneluxClimate.Domain.Common;

namespace BeneluxClimate.Domain.Moderation;

/// <summary>What a service tells the feed after its commit.</summary>
/// <param name="ProposalId">For comments: the discussion, to notice when it gets unusually busy.</param>
public sealed record ActivityRecord(
    ActivityKind Kind,
    string? ActorId,
    string Subject,
    string Link,
    IReadOnlyCollection<string>? Countries = null,
    IReadOnlyCollection<Theme>? Themes = null,
    int? ProposalId = null);
