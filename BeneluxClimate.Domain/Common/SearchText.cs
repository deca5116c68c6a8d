using System.Globalization;
using System.Text;

namespace BeneluxClimate.Domain.Common;

/// <summary>Folds text for case- and accent-insensitive search (Liège = liege) on every database provider.</summary>
public static class SearchText
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        // A round trip through UTF-8 turns lone surrogates, which Normalize refuses with an exception, into U+FFFD.
        var wellFormed = Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text.Trim()));
        var decomposed = wellFormed.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(char.ToLowerInvariant(c));
            }
        }

        return folded.ToString().Normalize(NormalizationForm.FormC);
    }
}
