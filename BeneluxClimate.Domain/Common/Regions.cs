namespace BeneluxClimate.Domain.Common;

/// <summary>
/// The regions of the three Benelux countries, by ISO 3166-2 code: Belgian provinces and the Brussels-Capital
/// Region, Dutch provinces, Luxembourg cantons. Members elsewhere give a country only.
/// </summary>
public static class Regions
{
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> ByCountry = new Dictionary<string, IReadOnlyList<string>>
    {
        ["BE"] = ["BE-BRU", "BE-VAN", "BE-VBR", "BE-VLI", "BE-VOV", "BE-VWV", "BE-WBR", "BE-WHT", "BE-WLG", "BE-WLX", "BE-WNA"],
        ["NL"] = ["NL-DR", "NL-FL", "NL-FR", "NL-GE", "NL-GR", "NL-LI", "NL-NB", "NL-NH", "NL-OV", "NL-UT", "NL-ZE", "NL-ZH"],
        ["LU"] = ["LU-CA", "LU-CL", "LU-DI", "LU-EC", "LU-ES", "LU-GR", "LU-LU", "LU-ME", "LU-RD", "LU-RM", "LU-VD", "LU-WI"],
    };

    public static bool HasRegions(string countryCode) => ByCountry.ContainsKey(countryCode);

    public static bool IsRegionOf(string? regionCode, string countryCode) =>
        regionCode is not null && ByCountry.TryGetValue(countryCode, out var regions) && regions.Contains(regionCode);

    /// <summary>The country a known region lies in (an ISO 3166-2 code starts with it).</summary>
    public static string CountryOf(string regionCode) => regionCode[..2];
}
