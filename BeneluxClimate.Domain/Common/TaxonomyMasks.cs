namespace BeneluxClimate.Domain.Common;

/// <summary>
/// Themes and spoken languages as bit masks, one bit per value, so that lists can be filtered and counted
/// with integer arithmetic in SQL instead of parsing JSON on every row.
/// </summary>
public static class TaxonomyMasks
{
    public static int Bit(Theme theme) => 1 << (int)theme;

    private static readonly Dictionary<string, int> LanguageBits =
        SpokenLanguages.All.Select((language, index) => (language, index)).ToDictionary(x => x.language, x => 1 << x.index);

    public static int Bit(string language) => LanguageBits.GetValueOrDefault(language);

    public static int Of(IEnumerable<Theme> themes) => themes.Aggregate(0, (mask, theme) => mask | Bit(theme));

    public static int Of(IEnumerable<string> languages) => languages.Aggregate(0, (mask, language) => mask | Bit(language));
}
