namespace BeneluxClimate.Domain.News;

/// <summary>The kinds of live events on <see cref="Live.LiveTopics.News"/>, so publishers and viewers agree on them.</summary>
public static class NewsEvents
{
    /// <summary>A new <see cref="NewsCard"/>, published now (a post dated in the future is announced as withdrawn until it appears).</summary>
    public const string Published = "NewsPublished";

    /// <summary>The changed <see cref="NewsCard"/>.</summary>
    public const string Changed = "NewsChanged";

    /// <summary>The post left public view (withdrawn, or moved to a future date); the payload is its id.</summary>
    public const string Withdrawn = "NewsWithdrawn";

    /// <summary>A <see cref="NewsViewCount"/>: one more visitor today.</summary>
    public const string Viewed = "NewsViewed";
}
