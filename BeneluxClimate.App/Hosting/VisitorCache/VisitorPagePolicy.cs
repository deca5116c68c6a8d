using System.Globalization;
using BeneluxClimate.App.Preferences;
using Microsoft.AspNetCore.OutputCaching;

namespace BeneluxClimate.App.Hosting.VisitorCache;

/// <summary>
/// Caches a page for signed-out visitors only, and only at its canonical address (no query string, so random query
/// strings cannot fill the cache), varied by the language and theme it renders in; tagged by the proposal it shows.
/// </summary>
internal sealed class VisitorPagePolicy(VisitorPageCacheOptions options) : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var request = http.Request;
        var cacheable = options.Seconds > 0
            && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && !request.QueryString.HasValue
            && http.User.Identity?.IsAuthenticated != true
            && !request.Headers.ContainsKey("Authorization");
        if (!cacheable)
        {
            return ValueTask.CompletedTask;
        }

        context.EnableOutputCaching = true;
        context.AllowCacheLookup = true;
        context.AllowCacheStorage = true;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = TimeSpan.FromSeconds(options.Seconds);
        context.CacheVaryByRules.VaryByValues["culture"] = CultureInfo.CurrentUICulture.Name;
        context.CacheVaryByRules.VaryByValues["theme"] = ThemePreference.IsDark(http) ? "dark" : "light";
        context.Tags.Add(VisitorPageCache.AllPagesTag);
        if (http.GetRouteValue("Id") is { } id && int.TryParse(id.ToString(), CultureInfo.InvariantCulture, out var proposalId))
        {
            context.Tags.Add(VisitorPageCache.ProposalTag(proposalId));
        }

        VisitorPageCache.MarkShared(http);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        // Only a plain success is shared; a response that sets a cookie belongs to one visitor.
        if (response.StatusCode != StatusCodes.Status200OK || !string.IsNullOrEmpty(response.Headers.SetCookie))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
