using System.Net;
using Microsoft.AspNetCore.Components;

namespace BeneluxClimate.App.Components.Shared;

/// <summary>
/// A country's flag, served by the app (flag-icons, MIT), with the country name as its accessible label (empty when the
/// name stands beside it). One markup frame in the caller's render tree, not a component, for the reason given on
/// <see cref="Avatar"/>.
/// </summary>
public static class Flag
{
    public static RenderFragment Of(string code, string? label = null) => builder => builder.AddMarkupContent(0, Html(code, label));

    public static string Html(string code, string? label = null)
    {
        var described = label is null ? "" : $" alt=\"{WebUtility.HtmlEncode(label)}\" title=\"{WebUtility.HtmlEncode(label)}\"";
        return $"<img class=\"flag\" src=\"flags/4x3/{WebUtility.HtmlEncode(code.ToLowerInvariant())}.svg\"{described} width=\"24\" height=\"18\" loading=\"lazy\">";
    }
}
