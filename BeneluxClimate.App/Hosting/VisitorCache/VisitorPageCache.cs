using Microsoft.AspNetCore.OutputCaching;

namespace BeneluxClimate.App.Hosting.VisitorCache;

/// <summary>
/// Signed-out visitors of a busy page share one prerendered copy per language and theme for a few seconds, dropped as
/// soon as a change to the page is delivered on this node. Members always get their own render. The copy is safe to
/// share: it holds nothing of the visitor (no antiforgery token, see <see cref="VisitorAwareAntiforgery"/>), and the
/// circuit it starts checks the page's sequence against the database, so a copy a moment old catches up at once.
/// </summary>
internal static class VisitorPageCache
{
    public const string PolicyName = "visitor-page";

    /// <summary>Every cached visitor page carries this tag, to drop them all when live events may have been lost.</summary>
    public const string AllPagesTag = "visitor-pages";

    public static string ProposalTag(int proposalId) => $"visitor-page:proposal:{proposalId}";

    public static void AddVisitorPageCache(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(VisitorPageCacheOptions.Section).Get<VisitorPageCacheOptions>() ?? new VisitorPageCacheOptions();
        services.AddOutputCache(cache =>
        {
            cache.SizeLimit = options.SizeLimitMiB * 1024L * 1024;
            cache.AddPolicy(PolicyName, new VisitorPagePolicy(options));
        });
        services.AddSingleton<Domain.Live.ILiveEventObserver, VisitorPageEviction>();
        VisitorAwareAntiforgery.Decorate(services);
    }

    /// <summary>Marks a request whose response may be shared among visitors (set by the policy, read by antiforgery).</summary>
    public static bool IsShared(HttpContext context) => context.Items.ContainsKey(SharedResponseKey);

    public static void MarkShared(HttpContext context) => context.Items[SharedResponseKey] = true;

    private static readonly object SharedResponseKey = new();
}
