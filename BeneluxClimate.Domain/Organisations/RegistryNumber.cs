namespace BeneluxClimate.Domain.Organisations;

/// <summary>Checks and normalizes an organisation's number in its country's company register.</summary>
public static class RegistryNumber
{
    public const int MaxLength = 40;

    /// <summary>
    /// Section letters of the Luxembourg RCS accepted before the number: A (commerçants personnes physiques),
    /// B (sociétés commerciales), F (associations sans but lucratif), G (fondations), J (groupements d'intérêt
    /// économique), and C, D, E, H, K for the register's other sections (civil companies, European groupings and others).
    /// </summary>
    public static readonly IReadOnlyList<char> LuxembourgSections = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'J', 'K'];

    /// <summary>
    /// Normalizes <paramref name="input"/> for the register of <paramref name="countryCode"/> (ISO 3166-1 alpha-2):
    /// <list type="bullet">
    /// <item>BE: enterprise number (KBO/BCE), 10 digits starting with 0 or 1 (9 digits get a leading 0), with the
    /// mod 97 check; optional "BE" prefix, spaces, dots and hyphens allowed. Normalized "0403.170.701".</item>
    /// <item>NL: KvK number, 8 digits, spaces allowed. Normalized "12345678".</item>
    /// <item>LU: RCS number, a section letter of <see cref="LuxembourgSections"/> and 1 to 6 digits, spaces and dots
    /// allowed. Normalized "B123456" (no leading zeros).</item>
    /// <item>Other countries: free text up to <see cref="MaxLength"/> characters of letters, digits, space, '.', '-'
    /// and '/'. Normalized trimmed.</item>
    /// </list>
    /// The number is optional in every country (a youth group may have none): an empty or blank input is valid
    /// and normalizes to "".
    /// </summary>
    public static bool TryNormalize(string countryCode, string? input, out string normalized)
    {
        ArgumentNullException.ThrowIfNull(countryCode);
        normalized = "";
        var text = input?.Trim() ?? "";
        if (text.Length == 0)
        {
            return true;
        }

        if (text.Length > MaxLength)
        {
            return false;
        }

        var result = countryCode.Trim().ToUpperInvariant() switch
        {
            "BE" => Belgian(text),
            "NL" => Dutch(text),
            "LU" => Luxembourgish(text),
            _ => FreeText(text),
        };
        normalized = result ?? "";
        return result is not null;
    }

    private static string? Belgian(string text)
    {
        if (text.StartsWith("BE", StringComparison.OrdinalIgnoreCase))
        {
            text = text[2..];
        }

        var digits = Without(text, ' ', '.', '-');
        if (digits.Length == 9)
        {
            digits = "0" + digits;
        }

        if (digits.Length != 10 || !digits.All(char.IsAsciiDigit) || digits[0] is not ('0' or '1'))
        {
            return null;
        }

        var check = 97 - (long.Parse(digits[..8]) % 97);
        return check == int.Parse(digits[8..]) ? $"{digits[..4]}.{digits[4..7]}.{digits[7..]}" : null;
    }

    // KvK numbers carry no check digit since 2016 (the eleven-test was dropped), so only the shape is checked.
    private static string? Dutch(string text)
    {
        var digits = Without(text, ' ');
        return digits.Length == 8 && digits.All(char.IsAsciiDigit) ? digits : null;
    }

    private static string? Luxembourgish(string text)
    {
        var compact = Without(text, ' ', '.').ToUpperInvariant();
        if (compact.Length < 2 || !LuxembourgSections.Contains(compact[0]))
        {
            return null;
        }

        var digits = compact[1..];
        if (digits.Length > 6 || !digits.All(char.IsAsciiDigit))
        {
            return null;
        }

        var number = int.Parse(digits);
        return number > 0 ? $"{compact[0]}{number}" : null;
    }

    private static string? FreeText(string text) =>
        text.All(c => char.IsLetterOrDigit(c) || c is ' ' or '.' or '-' or '/') ? text : null;

    private static string Without(string text, params char[] separators) =>
        string.Concat(text.Where(c => !separators.Contains(c)));
}
