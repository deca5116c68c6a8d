namespace BeneluxClimate.App.Localization;

/// <summary>Keeps redirects on this site: anything that is not a plain local path becomes "/".</summary>
internal static class LocalUrl
{
    public static string OrRoot(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
            ? url
            : "/";
}
