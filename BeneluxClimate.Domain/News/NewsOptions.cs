namespace BeneluxClimate.Domain.News;

/// <summary>News settings (section "News"); production defaults.</summary>
public sealed class NewsOptions
{
    public const string Section = "News";

    /// <summary>
    /// Secret mixed into the hash of an anonymous visitor's cookie before it is stored as a view's visitor key. Set
    /// it per installation; the default only keeps the stored keys from being the cookie values themselves.
    /// </summary>
    public string VisitorSalt { get; set; } = "benelux-news-views";

    /// <summary>How far ahead a post may be dated.</summary>
    public int MaxScheduleDays { get; set; } = 365;

    /// <summary>How often open lists are told about scheduled posts whose time has come.</summary>
    public int ReleaseScanSeconds { get; set; } = 15;
}
