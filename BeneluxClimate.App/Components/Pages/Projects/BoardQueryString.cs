using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Showcase;

namespace BeneluxClimate.App.Components.Pages.Projects;

/// <summary>The board's filters and view in the address bar, so a filtered board can be shared as a link.</summary>
internal static class BoardQueryString
{
    public static BoardQuery Parse(string? text, string? theme, string? country, bool? crossBorder, string? lookingFor) =>
        new(
            string.IsNullOrWhiteSpace(text) ? null : text,
            Enum.TryParse<Theme>(theme, ignoreCase: true, out var t) && Enum.IsDefined(t) ? t : null,
            string.IsNullOrEmpty(country) ? null : country.ToUpperInvariant(),
            crossBorder == true,
            Enum.TryParse<LookingFor>(lookingFor, ignoreCase: true, out var l) && Enum.IsDefined(l) && l != LookingFor.None ? l : null);

    public static IReadOnlyDictionary<string, object?> ToParameters(BoardQuery query, bool listView, int pageIndex) => new Dictionary<string, object?>
    {
        ["q"] = query.Text,
        ["theme"] = query.Theme?.ToString(),
        ["country"] = query.Country,
        ["crossborder"] = query.CrossBorderOnly ? true : null,
        ["lookingfor"] = query.LookingFor?.ToString(),
        ["view"] = listView ? "list" : null,
        ["page"] = listView && pageIndex > 0 ? pageIndex + 1 : null,
    };
}
