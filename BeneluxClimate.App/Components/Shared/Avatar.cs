using System.Net;
using Microsoft.AspNetCore.Components;

namespace BeneluxClimate.App.Components.Shared;

/// <summary>
/// Generated initials with a colour derived from the name; no uploads. One markup frame in the caller's render tree,
/// not a component: lists repeat it per row, and every component and element costs each open circuit its own memory.
/// </summary>
public static class Avatar
{
    private static readonly string[] Palette = ["#0b3d91", "#1d7a46", "#7a3e9d", "#a34700", "#006d77", "#9d174d", "#3f51b5", "#5b6b00"];

    public static RenderFragment Initials(string name) => builder => builder.AddMarkupContent(0, Html(name));

    public static string Html(string name) =>
        $"<span class=\"initials-avatar\" style=\"background:{Colour(name)}\" aria-hidden=\"true\">{WebUtility.HtmlEncode(InitialsOf(name))}</span>";

    private static string InitialsOf(string name) =>
        string.Concat(name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(2).Select(p => char.ToUpperInvariant(p[0])));

    // A stable hash (string.GetHashCode differs per process), so a member keeps their colour.
    private static string Colour(string name) => Palette[name.Aggregate(17u, (h, c) => unchecked(h * 31 + c)) % (uint)Palette.Length];
}
