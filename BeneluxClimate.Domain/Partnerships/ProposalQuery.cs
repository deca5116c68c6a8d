using BeneluxClimate.Domain.Common;

namespace BeneluxClimate.Domain.Partnerships;

/// <summary>The proposal list's search, filters and order, as carried in the page's query string.</summary>
public sealed record ProposalQuery(
    string? Text = null,
    Theme? Theme = null,
    string? Country = null,
    ProposalStatus? Status = null,
    ActorType? SoughtActorType = null,
    bool SuggestedForMe = false,
    int PageIndex = 0)
{
    public const int TextMaxLength = 100;
    public const int PageSize = 20;

    public string FoldedText => SearchText.Normalize(Text);

    /// <summary>The same filter as the database query, for proposals that arrive live.</summary>
    public bool Matches(ProposalCard card) =>
        (FoldedText.Length == 0 || card.SearchText.Contains(FoldedText, StringComparison.Ordinal))
        && (Theme is null || card.Themes.Contains(Theme.Value))
        && (Country is null || card.Countries.Contains(Country))
        && (Status is null || card.Status == Status)
        && (SoughtActorType is null || card.SoughtActorTypes.Contains(SoughtActorType.Value));
}
