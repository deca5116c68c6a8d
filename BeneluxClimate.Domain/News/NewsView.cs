namespace BeneluxClimate.Domain.News;

/// <summary>
/// One visitor's view of a post on one day (Brussels calendar day); unique per post, visitor and day, so a visitor
/// counts once a day however often they reload. The visitor key is a member id or a salted hash of an anonymous
/// visitor's cookie (<see cref="VisitorKeys"/>), never an IP address.
/// </summary>
public sealed class NewsView
{
    public const int VisitorKeyMaxLength = 100;

    public long Id { get; private set; }
    public int PostId { get; set; }
    public string VisitorKey { get; set; } = "";
    public DateOnly Day { get; set; }
    public DateTimeOffset ViewedAtUtc { get; set; }
}
