using BeneluxClimate.App.Localization;
using BeneluxClimate.App.Resources;
using BeneluxClimate.Domain.Partnerships;
using Microsoft.Extensions.Localization;

namespace BeneluxClimate.App.Components.Pages.Proposals.List;

/// <summary>Words a <see cref="Suggestion"/> as one line, e.g. "Seeks Research in the Netherlands — you are a researcher in the Netherlands".</summary>
public static class SuggestionText
{
    public static string Line(Suggestion suggestion, IStringLocalizer<ProposalStrings> text, TaxonomyText taxonomy)
    {
        var parts = new List<string>();
        var type = suggestion.MatchedActorType is { } t ? taxonomy.ActorType(t) : null;
        var you = suggestion.MatchedActorType is { } y ? text[$"You_{y}"].Value : null;
        var country = suggestion.MatchedCountry is { } c ? taxonomy.Country(c) : null;
        if (type is not null && country is not null)
        {
            parts.Add(text["Reason_TypeCountry", type, country, you!]);
        }
        else if (type is not null)
        {
            parts.Add(text["Reason_Type", type, "", you!]);
        }
        else if (country is not null)
        {
            parts.Add(text["Reason_Country", "", country]);
        }

        if (suggestion.SharedThemes.Count > 0)
        {
            var themes = string.Join(", ", suggestion.SharedThemes.Select(taxonomy.Theme));
            var line = text["Reason_Themes", themes].Value;
            parts.Add(parts.Count == 0 ? line : char.ToLower(line[0], System.Globalization.CultureInfo.CurrentCulture) + line[1..]);
        }

        return string.Join(" · ", parts);
    }
}
