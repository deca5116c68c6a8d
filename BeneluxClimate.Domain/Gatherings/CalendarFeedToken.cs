namespace BeneluxClimate.Domain.Gatherings;

/// <summary>
/// A member's secret for their personal calendar feed address (calendar apps send no cookie). Only a SHA-256 hash of
/// the token is stored; resetting replaces it, so the old address stops working.
/// </summary>
public sealed class CalendarFeedToken
{
    public string MemberId { get; set; } = "";
    public string TokenHash { get; set; } = "";
    public DateTimeOffset CreatedAtUtc { get; set; }
}
