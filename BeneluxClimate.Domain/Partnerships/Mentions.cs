using System.Text.RegularExpressions;

namespace BeneluxClimate.Domain.Partnerships;

/// <summary>
/// Mentions are Markdown links to a member page written by the composer's autocomplete, e.g.
/// <c>[@Anna Peeters](/members/3f2c…)</c>, so they render as links with no special syntax.
/// </summary>
public static partial class Mentions
{
    public const int MaxPerComment = 10;

    public static string Markdown(string displayName, string userId) =>
        $"[@{displayName.Replace("[", "", StringComparison.Ordinal).Replace("]", "", StringComparison.Ordinal)}](/members/{userId})";

    /// <summary>The member ids mentioned in a body, at most <see cref="MaxPerComment"/>.</summary>
    public static IReadOnlyList<string> In(string body) =>
        MentionLink().Matches(body).Select(m => m.Groups["id"].Value).Distinct().Take(MaxPerComment).ToList();

    [GeneratedRegex(@"\[@[^\[\]\n]{1,100}\]\(/members/(?<id>[0-9a-fA-F-]{36})\)")]
    private static partial Regex MentionLink();
}
