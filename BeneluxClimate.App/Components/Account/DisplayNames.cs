using System.Globalization;
using BeneluxClimate.Domain.Members;

namespace BeneluxClimate.App.Components.Account;

/// <summary>A first display name for a new account, made from its email address: "anna.peeters@…" becomes "Anna Peeters".</summary>
internal static class DisplayNames
{
    private static readonly char[] Separators = ['.', '_', '-'];

    public static string FromEmail(string email)
    {
        var local = email.Trim();
        var at = local.LastIndexOf('@');
        if (at >= 0)
        {
            local = local[..at];
        }

        // "anna+climate" is Anna's address with a tag for sorting mail; the tag is no part of her name.
        var plus = local.IndexOf('+');
        if (plus > 0)
        {
            local = local[..plus];
        }

        var words = local.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(TitleCase);
        var name = string.Join(' ', words);
        if (name.Length == 0)
        {
            name = local.Length > 0 ? local : email.Trim();
        }

        return name.Length <= ClimateUser.DisplayNameMaxLength ? name : name[..ClimateUser.DisplayNameMaxLength].TrimEnd();
    }

    private static string TitleCase(string word) =>
        word.Length == 0
            ? word
            : char.ToUpper(word[0], CultureInfo.InvariantCulture) + word[1..].ToLower(CultureInfo.InvariantCulture);
}
