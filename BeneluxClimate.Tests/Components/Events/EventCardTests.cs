using BeneluxClimate.App.Components.Pages.Events;
using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Gatherings;
using BeneluxClimate.Tests.Builders;
using Bunit;

namespace BeneluxClimate.Tests.Components.Events;

public sealed class EventCardTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);

    private static GatheringCard Card(int id = 1, int? capacity = 2, int registered = 1, RoomState room = RoomState.NotOpened, int startsInHours = 24) =>
        new(id, $"Event {id}", GatheringFormat.Virtual, Now.AddHours(startsInHours), Now.AddHours(startsInHours + 2), null, null,
            [Theme.Water], ["nl"], capacity, registered, 0, room, false);

    [Fact]
    public async Task The_card_carries_data_live_only_while_the_room_is_open_and_words_the_seats_left()
    {
        await using (var context = new ComponentTestContext())
        {
            var open = context.Render<EventCard>(p => p.Add(c => c.Card, Card(room: RoomState.Open)));
            Assert.Equal("true", open.Find("[data-testid=event-card]").GetAttribute("data-live"));
            Assert.Equal("1 seats left", open.Find("[data-testid=seats-left]").TextContent.Trim());
        }

        await using (var context = new ComponentTestContext())
        {
            var closed = context.Render<EventCard>(p => p.Add(c => c.Card, Card(room: RoomState.Closed, capacity: 1)));
            Assert.Null(closed.Find("[data-testid=event-card]").GetAttribute("data-live"));
            Assert.Equal("Full · waitlist open", closed.Find("[data-testid=seats-left]").TextContent.Trim());
        }
    }

    [Fact]
    public void Live_changes_update_seats_and_room_state_and_a_new_event_lands_in_start_order_once()
    {
        var page = new Page<GatheringCard>([Card(1, startsInHours: 10), Card(3, startsInHours: 30)], 2, 0, GatheringQuery.PageSize);
        var query = new GatheringQuery();

        var (withNew, arrived) = EventListLive.Published(page, query, Card(2, startsInHours: 20), Now);
        var (again, arrivedAgain) = EventListLive.Published(withNew, query, Card(2, startsInHours: 20), Now);
        var seats = EventListLive.Seats(again, new SeatsStatus(2, 2, 2, 1, []));
        var live = EventListLive.Room(seats, new RoomStatus(3, RoomState.Open, Now));
        var (filtered, arrivedFiltered) = EventListLive.Published(page, query with { Language = "fr" }, Card(4), Now);

        Assert.True(arrived);
        Assert.False(arrivedAgain);
        Assert.Equal([1, 2, 3], again.Items.Select(c => c.Id));
        Assert.Equal(3, again.Total);
        Assert.Equal(0, seats.Items.Single(c => c.Id == 2).SeatsLeft);
        Assert.Equal(RoomState.Open, live.Items.Single(c => c.Id == 3).RoomState);
        Assert.False(arrivedFiltered);
        Assert.Same(page, filtered);
    }
}
