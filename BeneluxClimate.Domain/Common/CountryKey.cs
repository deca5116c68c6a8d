namespace BeneluxClimate.Domain.Common;

/// <summary>
/// A list of countries stored as one column, " BE NL ", so "involves Belgium" is the plain substring test
/// <c>key.Contains(CountryKey.Of("BE"))</c> on every database provider.
/// </summary>
public static class CountryKey
{
    public static string Of(IEnumerable<string> countries) => " " + string.Join(' ', countries) + " ";

    /// <summary>The substring a key contains when it holds this country.</summary>
    public static string Of(string country) => " " + country + " ";

    public static IEnumerable<string> CountriesIn(string key) => key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
