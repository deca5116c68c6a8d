using BeneluxClimate.Domain.Common;

namespace BeneluxClimate.Domain.Showcase;

/// <summary>The board's search and filters, as carried in the page's query string.</summary>
public sealed record BoardQuery(
    string? Text = null,
    Theme? Theme = null,
    string? Country = null,
    bool CrossBorderOnly = false,
    LookingFor? LookingFor = null)
{
    public const int TextMaxLength = 100;

    public string FoldedText => SearchText.Normalize(Text);

    /// <summary>The same filter as the database query, for cards that arrive live.</summary>
    public bool Matches(ProjectCard card) =>
        (FoldedText.Length == 0 || card.SearchText.Contains(FoldedText, StringComparison.Ordinal))
        && (Theme is null || card.Themes.Contains(Theme.Value))
        && (Country is null || card.Countries.Contains(Country))
        && (!CrossBorderOnly || card.IsCrossBorder)
        && (LookingFor is null || (card.LookingFor & LookingFor.Value) != 0);
}
