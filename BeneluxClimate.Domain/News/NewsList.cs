using BeneluxClimate.Domain.Common;

namespace BeneluxClimate.Domain.News;

/// <summary>One page of posts at the news topic's sequence number.</summary>
public sealed record NewsList(Page<NewsCard> Items, long Sequence);
