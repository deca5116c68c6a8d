using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Gatherings;

namespace BeneluxClimate.App.Components.Pages.Events;

/// <summary>
/// Applies a live event from the events topic to the cards shown, without a query. Idempotent: a shown card is replaced,
/// never added twice.
/// </summary>
public static class EventListLive
{
    public static (Page<GatheringCard> Page, bool Arrived) Published(Page<GatheringCard> page, GatheringQuery query, GatheringCard card, DateTimeOffset now)
    {
        if (IndexOf(page, card.Id) is { } index)
        {
            return (Replace(page, index, _ => card), false);
        }

        if (!GatheringDirectory.Matches(card, query) || !InRange(card, query, now))
        {
            return (page, false);
        }

        if (query.Month is null && page.PageIndex > 0)
        {
            return (page with { Total = page.Total + 1 }, false);
        }

        var ordered = page.Items.Append(card);
        ordered = query.Past && query.Month is null
            ? ordered.OrderByDescending(c => c.StartsAtUtc).ThenByDescending(c => c.Id)
            : ordered.OrderBy(c => c.StartsAtUtc).ThenBy(c => c.Id);
        var items = ordered.Take(page.PageSize).ToList();
        return (page with { Items = items, Total = page.Total + 1 }, items.Any(c => c.Id == card.Id));
    }

    public static Page<GatheringCard> Changed(Page<GatheringCard> page, GatheringQuery query, GatheringCard card) =>
        IndexOf(page, card.Id) is not { } index ? page
        : GatheringDirectory.Matches(card, query) ? Replace(page, index, _ => card)
        : Withdrawn(page, card.Id);

    public static Page<GatheringCard> Withdrawn(Page<GatheringCard> page, int id) =>
        IndexOf(page, id) is null ? page : page with { Items = page.Items.Where(c => c.Id != id).ToList(), Total = Math.Max(0, page.Total - 1) };

    public static Page<GatheringCard> Seats(Page<GatheringCard> page, SeatsStatus seats) =>
        IndexOf(page, seats.GatheringId) is { } index
            ? Replace(page, index, c => c with { Capacity = seats.Capacity, RegisteredCount = seats.RegisteredCount, WaitlistCount = seats.WaitlistCount })
            : page;

    public static Page<GatheringCard> Room(Page<GatheringCard> page, RoomStatus room) =>
        IndexOf(page, room.GatheringId) is { } index ? Replace(page, index, c => c with { RoomState = room.State }) : page;

    private static bool InRange(GatheringCard card, GatheringQuery query, DateTimeOffset now)
    {
        if (query.Month is { } month)
        {
            var (from, to) = GatheringDirectory.MonthRange(month);
            return card.StartsAtUtc < to && card.EndsAtUtc > from;
        }

        return query.Past ? card.EndsAtUtc <= now : card.EndsAtUtc > now;
    }

    private static int? IndexOf(Page<GatheringCard> page, int id)
    {
        for (var i = 0; i < page.Items.Count; i++)
        {
            if (page.Items[i].Id == id)
            {
                return i;
            }
        }

        return null;
    }

    private static Page<GatheringCard> Replace(Page<GatheringCard> page, int index, Func<GatheringCard, GatheringCard> change)
    {
        var items = page.Items.ToList();
        items[index] = change(items[index]);
        return page with { Items = items };
    }
}
