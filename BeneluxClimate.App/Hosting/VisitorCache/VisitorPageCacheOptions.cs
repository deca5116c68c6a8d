namespace BeneluxClimate.App.Hosting.VisitorCache;

public sealed class VisitorPageCacheOptions
{
    public const string Section = "VisitorPageCache";

    /// <summary>
    /// How long a shared copy may serve: changes on the page's own topic drop it at once; this bounds what is not on it
    /// (an author renamed, times shown as "5 minutes ago"). Zero turns the cache off. Well under the five minutes a
    /// prerendered circuit descriptor stays valid.
    /// </summary>
    public int Seconds { get; set; } = 30;

    public int SizeLimitMiB { get; set; } = 64;
}
