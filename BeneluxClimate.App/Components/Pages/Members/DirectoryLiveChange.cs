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

        if (e.Kind is MemberDirectory.Removed or MemberDirectory.Restored && card is not null)
        {
            return Moderated(query, result, next, card, restored: e.Kind == MemberDirectory.Restored, e.Sequence);
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

    /// <summary>
    /// A moderator hid or restored a member: the total and every filter count the card adds to move by one, whether
    /// or not the card is on this page; the card leaves the page, or returns where the sort puts it on the first page.
    /// </summary>
    private static DirectoryLiveChange Moderated(DirectoryQuery query, DirectoryResult result, List<DirectoryCard> next, DirectoryCard card, bool restored, long? sequence)
    {
        var step = restored ? 1 : -1;
        var index = next.FindIndex(c => c.UserId == card.UserId);
        var total = result.Cards.Total + (query.Matches(card) ? step : 0);

        // Each filter's counts are counted with the other filters applied, so each moves when the card passes those.
        var f = result.Facets;
        bool Without(DirectoryQuery q) => q.Matches(card);
        var facets = new DirectoryFacets(
            Without(query with { Country = null, Region = null }) ? Increment(f.Countries, [card.CountryCode], step) : f.Countries,
            card.RegionCode is { } region && Without(query with { Region = null }) ? Increment(f.Regions, [region], step) : f.Regions,
            Without(query with { ActorType = null }) ? Increment(f.ActorTypes, [card.ActorType], step) : f.ActorTypes,
            Without(query with { Theme = null }) ? Increment(f.Themes, card.Themes, step) : f.Themes,
            Without(query with { Language = null }) ? Increment(f.Languages, card.Languages, step) : f.Languages);

        string? changed = null;
        if (!restored && index >= 0)
        {
            next.RemoveAt(index);
        }
        else if (restored && index < 0 && query.Matches(card) && query.PageIndex == 0)
        {
            var at = next.FindIndex(c => query.Sort == DirectorySort.Name
                ? string.Compare(c.DisplayName, card.DisplayName, StringComparison.CurrentCulture) > 0
                : c.OnboardedAtUtc < card.OnboardedAtUtc);
            if (at >= 0 || next.Count < DirectoryQuery.PageSize)
            {
                next.Insert(at >= 0 ? at : next.Count, card);
                changed = card.UserId;
                if (next.Count > DirectoryQuery.PageSize)
                {
                    next.RemoveAt(next.Count - 1);
                }
            }
        }

        var page = result.Cards with { Items = next, Total = Math.Max(total, 0) };
        return new(result with { Cards = page, Facets = facets, Sequence = sequence ?? result.Sequence }, next, changed);
    }

    private static DirectoryFacets Count(DirectoryFacets facets, DirectoryCard card, int step = 1) => new(
        Increment(facets.Countries, [card.CountryCode], step),
        card.RegionCode is { } region ? Increment(facets.Regions, [region], step) : facets.Regions,
        Increment(facets.ActorTypes, [card.ActorType], step),
        Increment(facets.Themes, card.Themes, step),
        Increment(facets.Languages, card.Languages, step));

    private static Dictionary<TKey, int> Increment<TKey>(IReadOnlyDictionary<TKey, int> counts, IEnumerable<TKey> keys, int step = 1)
        where TKey : notnull
    {
        var next = new Dictionary<TKey, int>(counts);
        foreach (var key in keys.Distinct())
        {
            var count = next.GetValueOrDefault(key) + step;
            if (count > 0)
            {
                next[key] = count;
            }
            else
            {
                next.Remove(key);
            }
        }

        return next;
    }
}
