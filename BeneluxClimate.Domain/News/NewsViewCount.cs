using BeneluxClimate.Domain.Live;

namespace BeneluxClimate.Domain.News;

/// <summary>Payload of <see cref="NewsEvents.Viewed"/>: a post's new view count.</summary>
[LivePayload]
public sealed record NewsViewCount(int PostId, int ViewCount);
