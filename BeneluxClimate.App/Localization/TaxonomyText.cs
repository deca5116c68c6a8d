using BeneluxClimate.App.Resources;
using BeneluxClimate.Domain.Common;
using Microsoft.Extensions.Localization;

namespace BeneluxClimate.App.Localization;

/// <summary>
/// Display names of the shared taxonomy in the reader's language. Safe as a singleton: the localizer reads
/// CultureInfo.CurrentUICulture on every call. Unknown codes come back as they are.
/// </summary>
public sealed class TaxonomyText(IStringLocalizer<TaxonomyStrings> text)
{
    public string Theme(Theme theme) => Label($"Theme_{theme}", theme.ToString());

    public string ActorType(ActorType actorType) => Label($"ActorType_{actorType}", actorType.ToString());

    /// <summary>An ISO 3166-2 region code of Regions.ByCountry, such as "BE-VOV".</summary>
    public string Region(string code) => Label($"Region_{code.Replace('-', '_')}", code);

    /// <summary>An ISO 639-1 code of SpokenLanguages.All, such as "lb".</summary>
    public string Language(string code) => Label($"Language_{code}", code);

    /// <summary>An ISO 3166-1 alpha-2 code, such as "BE".</summary>
    public string Country(string code) => CountryNames.Of(code);

    private string Label(string key, string fallback) => text[key] is { ResourceNotFound: false } found ? found.Value : fallback;
}
