using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Partnerships;

namespace BeneluxClimate.App.Components.Pages.Proposals.List;

/// <summary>The viewer's own profile, to tell whether a proposal that arrives live is suggested to them and why.</summary>
public sealed record SuggestionProfile(ActorType ActorType, string CountryCode, int ThemeMask);

/// <summary>
/// Applies a live event from the proposal list topic to the page shown, without a query. Idempotent: a card already
/// shown is replaced, never added twice, so a reload that already holds the event's change stays as it is.
/// </summary>
public static class ProposalListLive
{
    /// <summary>The new page, and whether the proposal just arrived in it (to highlight it).</summary>
    public static (Page<ProposalListItem> Page, bool Arrived) Published(
        Page<ProposalListItem> page, ProposalQuery query, ProposalCard card, SuggestionProfile? profile)
    {
        if (IndexOf(page, card.Id) is { } index)
        {
            return (Replace(page, index, card), false);
        }

        if (!query.Matches(card))
        {
            return (page, false);
        }

        Suggestion? suggestion = null;
        if (query.SuggestedForMe)
        {
            suggestion = profile is null ? null : ProposalDirectory.Suggest(card, profile.ActorType, profile.CountryCode, profile.ThemeMask);
            if (suggestion is null)
            {
                return (page, false);
            }
        }

        if (page.PageIndex > 0)
        {
            return (page with { Total = page.Total + 1 }, false); // it belongs on the first page; this one only counts it
        }

        var items = page.Items.Prepend(new ProposalListItem(card, suggestion)).Take(ProposalQuery.PageSize).ToList();
        return (page with { Items = items, Total = page.Total + 1 }, true);
    }

    /// <summary>A shown card takes the new counts and status; one that no longer matches the filters leaves.</summary>
    public static Page<ProposalListItem> Changed(Page<ProposalListItem> page, ProposalQuery query, ProposalCard card)
    {
        if (IndexOf(page, card.Id) is not { } index)
        {
            return page;
        }

        return query.Matches(card) ? Replace(page, index, card) : Withdrawn(page, card.Id);
    }

    public static Page<ProposalListItem> Withdrawn(Page<ProposalListItem> page, int proposalId) =>
        IndexOf(page, proposalId) is null
            ? page
            : page with { Items = page.Items.Where(i => i.Card.Id != proposalId).ToList(), Total = Math.Max(0, page.Total - 1) };

    private static Page<ProposalListItem> Replace(Page<ProposalListItem> page, int index, ProposalCard card)
    {
        var items = page.Items.ToList();
        items[index] = items[index] with { Card = card };
        return page with { Items = items };
    }

    private static int? IndexOf(Page<ProposalListItem> page, int proposalId)
    {
        for (var i = 0; i < page.Items.Count; i++)
        {
            if (page.Items[i].Card.Id == proposalId)
            {
                return i;
            }
        }

        return null;
    }
}
