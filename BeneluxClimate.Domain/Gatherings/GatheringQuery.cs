using BeneluxClimate.Domain.Common;

namespace BeneluxClimate.Domain.Gatherings;

/// <summary>
/// Filters of the event list: upcoming (not yet ended, soonest first) or past (latest first), by theme, format, venue
/// country and session language. With <see cref="Month"/> the list is the month's calendar instead of a page.
/// </summary>
public sealed record GatheringQuery(
    bool Past = false,
    Theme? Theme = null,
    GatheringFormat? Format = null,
    string? Country = null,
    string? Language = null,
    int PageIndex = 0,
    DateOnly? Month = null)
{
    public const int PageSize = 20;

    /// <summary>The most events one calendar month shows.</summary>
    public const int MonthLimit = 300;
}
