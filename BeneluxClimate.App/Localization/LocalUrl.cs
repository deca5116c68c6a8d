using Microsoft.AspNetCore.Components;

namespace BeneluxClimate.App.Localization;

/// <summary>
/// Keeps redirects on this site: anything that is not a plain local path becomes "/". Control characters (header
/// injection) and characters outside printable ASCII (a Location header cannot carry them unencoded) count as not plain.
/// </summary>
internal static class LocalUrl
{
    public static string OrRoot(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && url.All(c => c is > ' ' and < '\x7f')
            ? url
            : "/";

    /// <summary>The current page as a local path ("/members?country=BE"), to come back to after a redirect.</summary>
    public static string CurrentPath(this NavigationManager navigation) => "/" + navigation.ToBaseRelativePath(navigation.Uri);
}
