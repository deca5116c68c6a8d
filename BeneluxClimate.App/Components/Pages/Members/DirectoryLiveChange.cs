using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Members;

namespace BeneluxClimate.App.Components.Pages.Members;

/// <summary>
/// Applies one live directory event to what a viewer sees, without asking the database: the card appears,
/// changes or leaves, and the count and filter counts follow.
/// </summary>
internal sealed record DirectoryLiveChange(DirectoryResult Result, List<DirectoryCard> Cards, string? ChangedUserId)
{
    public static DirectoryLiveChange Apply(DirectoryQuery query, DirectoryResult result, List<DirectoryCard> cards, LiveEvent e)
    {
        var next = new List<DirectoryCard>(cards);
        var total = result.Cards.Total;
        var facets = result.Facets;
        string? changed = null;
        var (userId, card) = e.Payload switch
        {
            DirectoryCard c => (c.UserId, c),
            string hiddenId => (hiddenId, (DirectoryCard?)null),
            _ => (null, null),
        };
        if (userId is null)
        {
            return new(result, next, null);
        }

        var index = next.FindIndex(c => c.UserId == userId);
        var matches = card is not null && query.Matches(card);
        if (index >= 0 && matches)
        {
            next[index] = card!;
            changed = userId;
        }
        else if (index >= 0)
        {
            next.RemoveAt(index);
            total--;
        }
        else if (matches && e.Kind == MemberDirectory.Joined)
        {
            total++;
            facets = Count(facets, card!);
            changed = userId;
            if (query.PageIndex == 0 && query.Sort == DirectorySort.Newest)
            {
                next.Insert(0, card!);
                if (next.Count > DirectoryQuery.PageSize)
                {
                    next.RemoveAt(next.Count - 1);
                }
            }
        }

        var page = result.Cards with { Items = next, Total = Math.Max(total, 0) };
        return new(result with { Cards = page, Facets = facets, Sequence = e.Sequence ?? result.Sequence }, next, changed);
    }

    private static DirectoryFacets Count(DirectoryFacets facets, DirectoryCard card) => new(
        Increment(facets.Countries, [card.CountryCode]),
        card.RegionCode is { } region ? Increment(facets.Regions, [region]) : facets.Regions,
        Increment(facets.ActorTypes, [card.ActorType]),
        Increment(facets.Themes, card.Themes),
        Increment(facets.Languages, card.Languages));

    private static Dictionary<TKey, int> Increment<TKey>(IReadOnlyDictionary<TKey, int> counts, IEnumerable<TKey> keys)
        where TKey : notnull
    {
        var next = new Dictionary<TKey, int>(counts);
        foreach (var key in keys.Distinct())
        {
            next[key] = next.GetValueOrDefault(key) + 1;
        }

        return next;
    }
}
