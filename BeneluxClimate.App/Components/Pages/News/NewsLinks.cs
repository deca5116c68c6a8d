namespace BeneluxClimate.App.Components.Pages.News;

/// <summary>Addresses of the news pages and feed, in one place.</summary>
internal static class NewsLinks
{
    public const string FeedPath = "news/rss.xml";

    /// <summary>The languages the list filter offers: the network's own.</summary>
    public static readonly IReadOnlyList<string> FilterLanguages = ["en", "nl", "fr", "de"];

    /// <summary>The cookie that lets an anonymous visitor count once a day; only its salted hash is stored.</summary>
    public const string VisitorCookie = "climate-visitor";
}
