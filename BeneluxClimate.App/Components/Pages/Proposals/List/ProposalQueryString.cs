using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Partnerships;

namespace BeneluxClimate.App.Components.Pages.Proposals.List;

/// <summary>The proposal list's search, filters, order and page in the address bar, so a filtered list can be shared as a link.</summary>
internal static class ProposalQueryString
{
    public const string Suggested = "suggested";

    public static ProposalQuery Parse(string? text, string? theme, string? country, string? status, string? seeks, string? order, int? page) =>
        new(
            string.IsNullOrWhiteSpace(text) ? null : text,
            Known<Theme>(theme),
            string.IsNullOrEmpty(country) ? null : country.ToUpperInvariant(),
            Known<ProposalStatus>(status),
            Known<ActorType>(seeks),
            order == Suggested,
            page is > 1 ? page.Value - 1 : 0);

    public static IReadOnlyDictionary<string, object?> ToParameters(ProposalQuery query) => new Dictionary<string, object?>
    {
        ["q"] = query.Text,
        ["theme"] = query.Theme?.ToString(),
        ["country"] = query.Country,
        ["status"] = query.Status?.ToString(),
        ["seeks"] = query.SoughtActorType?.ToString(),
        ["order"] = query.SuggestedForMe ? Suggested : null,
        ["page"] = query.PageIndex > 0 ? query.PageIndex + 1 : null,
    };

    private static T? Known<T>(string? name)
        where T : struct, Enum =>
        Enum.TryParse<T>(name, ignoreCase: true, out var value) && Enum.IsDefined(value) && !int.TryParse(name, out _) ? value : null;
}
