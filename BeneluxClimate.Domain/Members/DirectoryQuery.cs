using BeneluxClimate.Domain.Common;

namespace BeneluxClimate.Domain.Members;

/// <summary>A directory search: free text and filters, as carried in the page's query string.</summary>
public sealed record DirectoryQuery(
    string? Text = null,
    string? Country = null,
    string? Region = null,
    ActorType? ActorType = null,
    Theme? Theme = null,
    string? Language = null,
    DirectorySort Sort = DirectorySort.Newest,
    int PageIndex = 0)
{
    public const int TextMaxLength = 100;
    public const int PageSize = 24;

    public string FoldedText => SearchText.Normalize(Text);

    /// <summary>The same filter as the database query, for cards that arrive live.</summary>
    public bool Matches(DirectoryCard card) =>
        (FoldedText.Length == 0 || card.SearchText.Contains(FoldedText, StringComparison.Ordinal))
        && (Country is null || card.CountryCode == Country)
        && (Region is null || card.RegionCode == Region)
        && (ActorType is null || card.ActorType == ActorType)
        && (Theme is null || card.Themes.Contains(Theme.Value))
        && (Language is null || card.Languages.Contains(Language));
}
