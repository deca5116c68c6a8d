using System.Globalization;
using BeneluxClimate.App.Localization;
using BeneluxClimate.App.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.Extensions.Localization;

namespace BeneluxClimate.App.Components.Layout;

/// <summary>
/// The language choice: four links, as on benelux.int (one click, the same on static pages). Markup in the layout's
/// tree, which renders again on every navigation, so each link returns to the page the member is on.
/// </summary>
public static class LanguageLinks
{
    /// <param name="testId">The app bar's links carry the contract's <c>language-switch</c> hook; the phone menu's its own.</param>
    public static RenderFragment For(string currentPath, IStringLocalizer<Shell> text, string testId = "language-switch", string? cssClass = null) =>
        builder => Render(builder, currentPath, text, testId, cssClass);

    private static void Render(RenderTreeBuilder builder, string currentPath, IStringLocalizer<Shell> text, string testId, string? cssClass)
    {
        var current = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        builder.OpenElement(0, "nav");
        builder.AddAttribute(1, "data-testid", testId);
        builder.AddAttribute(2, "class", cssClass is null ? "lang-links" : $"lang-links {cssClass}");
        builder.AddAttribute(3, "aria-label", text["Language_Choose"]);
        foreach (var culture in Cultures.Supported)
        {
            var isCurrent = culture == current;
            builder.OpenElement(4, "a");
            builder.AddAttribute(5, "href", $"culture/set?culture={culture}&returnUrl={Uri.EscapeDataString(currentPath)}");
            builder.AddAttribute(6, "data-culture", culture);
            builder.AddAttribute(7, "lang", culture);
            builder.AddAttribute(8, "hreflang", culture);
            builder.AddAttribute(9, "title", Cultures.NativeName(culture));
            builder.AddAttribute(10, "aria-current", isCurrent ? "true" : null);
            builder.AddAttribute(11, "class", isCurrent ? "active" : null);
            builder.AddContent(12, culture.ToUpperInvariant());
            builder.CloseElement();
        }

        builder.CloseElement();
    }
}
