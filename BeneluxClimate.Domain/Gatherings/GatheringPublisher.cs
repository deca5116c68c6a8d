using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Persistence;

namespace BeneluxClimate.Domain.Gatherings;

/// <summary>
/// How event changes reach open screens: the list topic and the event's own topic take their numbers inside the write
/// transaction; after the commit lists get the card and the page gets its view.
/// </summary>
internal static class GatheringPublisher
{
    public static async Task<(long List, long Page)> NextAsync(ClimateDbContext db, int gatheringId, CancellationToken ct) =>
        (await db.NextSequenceAsync(LiveTopics.Events, ct), await db.NextSequenceAsync(LiveTopics.Event(gatheringId), ct));

    public static async Task PublishAsync(ILiveBus bus, ClimateDbContext db, Gathering gathering, bool isNew, (long List, long Page) sequences, DateTimeOffset now, CancellationToken ct)
    {
        if (gathering.IsHidden)
        {
            await bus.PublishAsync(new LiveEvent(LiveTopics.Events, sequences.List, GatheringEvents.GatheringWithdrawn, gathering.Id, Audience.Public, now));
            await bus.PublishAsync(new LiveEvent(LiveTopics.Event(gathering.Id), sequences.Page, GatheringEvents.GatheringWithdrawn, gathering.Id, Audience.Public, now));
            return;
        }

        await bus.PublishAsync(new LiveEvent(LiveTopics.Events, sequences.List,
            isNew ? GatheringEvents.GatheringPublished : GatheringEvents.GatheringChanged, GatheringCard.Of(gathering), Audience.Public, now));
        await bus.PublishAsync(new LiveEvent(LiveTopics.Event(gathering.Id), sequences.Page, GatheringEvents.GatheringChanged,
            await GatheringReads.ViewAsync(db, gathering, ct), Audience.Public, now));
    }
}
