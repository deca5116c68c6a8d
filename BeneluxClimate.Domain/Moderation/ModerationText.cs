namespace BeneluxClimate.Domain.Moderation;

internal static class ModerationText
{
    /// <summary>A one-line title of an item for the log: the first words of a comment, a proposal's title.</summary>
    public static string Subject(string text)
    {
        var line = text.ReplaceLineEndings(" ").Trim();
        return line.Length <= 120 ? line : line[..119] + "…";
    }
}
