using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace BeneluxClimate.App.Localization;

/// <summary>The platform's four languages. The choice persists in the culture cookie; otherwise the browser's language.</summary>
internal static class Cultures
{
    public const string Default = "en";

    public static readonly IReadOnlyList<string> Supported = ["en", "nl", "fr", "de"];

    /// <summary>The culture used for formatting: English reads dates the European way (28 November 2026).</summary>
    public static string Formatting(string language) => language == "en" ? "en-GB" : language;

    public static void Configure(RequestLocalizationOptions options)
    {
        var cultures = Supported.Select(language => CultureInfo.GetCultureInfo(Formatting(language))).ToList();
        options.DefaultRequestCulture = new RequestCulture(Formatting(Default));
        options.SupportedCultures = cultures;
        options.SupportedUICultures = cultures;
        options.FallBackToParentCultures = true;
        options.FallBackToParentUICultures = true;
        options.RequestCultureProviders =
        [
            new CookieRequestCultureProvider(),
            new AcceptLanguageHeaderRequestCultureProvider(),
        ];
    }

    /// <summary>The native name of a language, as shown in the language switch.</summary>
    public static string NativeName(string culture) =>
        CultureInfo.GetCultureInfo(culture) is var info ? info.TextInfo.ToTitleCase(info.NativeName) : culture;
}
