using BeneluxClimate.Domain.Live;

namespace BeneluxClimate.Domain.News;

/// <summary>A post as lists, the home page and the feed show it.</summary>
/// <param name="IsScheduled">Dated in the future: only hosts and admins see it yet.</param>
[LivePayload]
public sealed record NewsCard(
    int Id,
    string Title,
    string Summary,
    string Language,
    DateTimeOffset PublishedAtUtc,
    DateTimeOffset UpdatedAtUtc,
    int ViewCount,
    bool IsScheduled,
    bool IsHidden);
