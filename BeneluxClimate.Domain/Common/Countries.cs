using System.Globalization;

namespace BeneluxClimate.Domain.Common;

/// <summary>ISO 3166-1 alpha-2 country codes. BE, NL and LU are the network's own; partners may come from anywhere.</summary>
public static class Countries
{
    public static readonly IReadOnlyList<string> Benelux = ["BE", "NL", "LU"];

    /// <summary>Every country .NET knows by a two-letter ISO code, Benelux first.</summary>
    public static readonly IReadOnlyList<string> All = Benelux.Concat(
            CultureInfo.GetCultures(CultureTypes.SpecificCultures)
                .Select(c => { try { return new RegionInfo(c.Name).TwoLetterISORegionName; } catch (ArgumentException) { return null; } })
                .Where(code => code is { Length: 2 } && code.All(char.IsAsciiLetterUpper))
                .Select(code => code!)
                .Distinct()
                .Except(Benelux)
                .Order())
        .ToList();

    public static bool IsKnown(string? code) => code is not null && All.Contains(code);

    public static bool IsBenelux(string? code) => code is not null && Benelux.Contains(code);

    /// <summary>Sorts the Benelux first (BE, NL, LU), then every other country together.</summary>
    public static int DisplayOrder(string code) => code switch { "BE" => 0, "NL" => 1, "LU" => 2, _ => 3 };
}
