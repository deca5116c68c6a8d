using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Members;

namespace BeneluxClimate.App.Components.Pages.Members;

/// <summary>The directory's filters in the address bar, so a filtered view can be shared as a link.</summary>
internal static class DirectoryQueryString
{
    public static DirectoryQuery Parse(string? text, string? country, string? region, string? actorType, string? theme, string? language, string? sort, int? page) =>
        new(
            string.IsNullOrWhiteSpace(text) ? null : text,
            string.IsNullOrEmpty(country) ? null : country.ToUpperInvariant(),
            string.IsNullOrEmpty(region) ? null : region.ToUpperInvariant(),
            Enum.TryParse<ActorType>(actorType, ignoreCase: true, out var a) && Enum.IsDefined(a) ? a : null,
            Enum.TryParse<Theme>(theme, ignoreCase: true, out var t) && Enum.IsDefined(t) ? t : null,
            string.IsNullOrEmpty(language) ? null : language.ToLowerInvariant(),
            Enum.TryParse<DirectorySort>(sort, ignoreCase: true, out var s) && Enum.IsDefined(s) ? s : DirectorySort.Newest,
            page is > 1 ? page.Value - 1 : 0);

    public static IReadOnlyDictionary<string, object?> ToParameters(DirectoryQuery query) => new Dictionary<string, object?>
    {
        ["q"] = query.Text,
        ["country"] = query.Country,
        ["region"] = query.Region,
        ["actor"] = query.ActorType?.ToString(),
        ["theme"] = query.Theme?.ToString(),
        ["lang"] = query.Language,
        ["sort"] = query.Sort == DirectorySort.Newest ? null : query.Sort.ToString(),
        ["page"] = query.PageIndex > 0 ? query.PageIndex + 1 : null,
    };
}
