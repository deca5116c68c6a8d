using BeneluxClimate.App.Resources;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace BeneluxClimate.App.Localization;

/// <summary>
/// MudBlazor's texts from Resources/MudBlazorStrings for the current UI culture. A key missing there
/// comes back with <see cref="LocalizedString.ResourceNotFound"/> set, and MudBlazor then uses its own English text.
/// </summary>
internal sealed class ResxMudLocalizer(IStringLocalizer<MudBlazorStrings> text) : MudLocalizer
{
    public override LocalizedString this[string key] => text[key];

    public override LocalizedString this[string key, params object[] arguments] => text[key, arguments];
}
