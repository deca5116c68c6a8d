using System.Globalization;
using System.Resources;

namespace BeneluxClimate.App.Localization;

/// <summary>
/// Country names in the reader's language (CultureInfo.CurrentUICulture), from Resources/CountryNames.*.resx.
/// Those files hold Unicode CLDR names, because ICU on Linux gives RegionInfo.DisplayName in the country's own
/// language ("België" for every reader), not in the reader's.
/// </summary>
public static class CountryNames
{
    private static readonly ResourceManager Names = new("BeneluxClimate.App.Resources.CountryNames", typeof(CountryNames).Assembly);

    /// <summary>The name of the country with this ISO 3166-1 alpha-2 code; the code itself when it is unknown.</summary>
    public static string Of(string code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return "";
        }

        var key = code.Trim().ToUpperInvariant();
        return Names.GetString(key, CultureInfo.CurrentUICulture) ?? key;
    }
}
