using MudBlazor;

namespace BeneluxClimate.App.Components.Layout;

/// <summary>Deep Benelux blue as primary, climate green as accent; contrast checked for WCAG AA text.</summary>
internal static class ClimateTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#0b3d91",
            Secondary = "#1d7a46",
            Tertiary = "#b35900",
            AppbarBackground = "#0b3d91",
            AppbarText = "#ffffff",
            Background = "#f5f7fb",
            Surface = "#ffffff",
            TextPrimary = "#1b2433",
            TextSecondary = "#4a5568",
            DrawerBackground = "#ffffff",
            Success = "#1d7a46",
            Info = "#0b5cad",
            Warning = "#8a5a00",
            Error = "#b3261e",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#8fb4ff",
            PrimaryContrastText = "#0c1322",
            Secondary = "#6fd39a",
            SecondaryContrastText = "#0c1322",
            Tertiary = "#ffb870",
            AppbarBackground = "#0f1b33",
            AppbarText = "#e8eefc",
            Background = "#0c1322",
            Surface = "#141e33",
            TextPrimary = "#e8eefc",
            TextSecondary = "#b4c0d8",
            DrawerBackground = "#141e33",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["Roboto", "Helvetica Neue", "Arial", "sans-serif"] },
        },
        LayoutProperties = new LayoutProperties { DefaultBorderRadius = "10px" },
    };
}
