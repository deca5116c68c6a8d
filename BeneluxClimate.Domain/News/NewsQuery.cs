namespace BeneluxClimate.Domain.News;

/// <summary>A page of the news list, optionally in one language.</summary>
public sealed record NewsQuery(string? Language = null, int PageIndex = 0)
{
    public const int PageSize = 12;
    public const int MaxPageIndex = 1_000;
}
