using BeneluxClimate.App.Resources;
using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Partnerships;
using BeneluxClimate.Domain.Showcase;
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

    public string Stage(ProjectStage stage) => Label($"Stage_{stage}", stage.ToString());

    public string Status(ProjectStatus status) => Label($"Status_{status}", status.ToString());

    public string ProposalStatus(ProposalStatus status) => Label($"ProposalStatus_{status}", status.ToString());

    /// <summary>One flag of <see cref="Domain.Showcase.LookingFor"/>.</summary>
    public string LookingFor(LookingFor wanted) => Label($"LookingFor_{wanted}", wanted.ToString());

    public string ImpactKind(ImpactKind kind) => Label($"Impact_{kind}", kind.ToString());

    /// <summary>The unit of an impact figure: symbols are the same in every language, words are translated.</summary>
    public string ImpactUnit(ImpactKind kind) => ImpactUnits.Symbol(kind) is { Length: > 0 } symbol ? symbol : Label($"ImpactUnit_{kind}", "");

    /// <summary>The badge of a project involving two or more countries.</summary>
    public string CrossBorder => Label("CrossBorder", "Cross-border");

    private string Label(string key, string fallback) => text[key] is { ResourceNotFound: false } found ? found.Value : fallback;
}
