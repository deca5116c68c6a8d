using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Persistence;

namespace BeneluxClimate.Domain.News;

/// <summary>How news changes reach open screens: one topic, its number taken inside the write transaction.</summary>
internal static class NewsPublisher
{
    public static Task<long> NextAsync(ClimateDbContext db, CancellationToken ct) => db.NextSequenceAsync(LiveTopics.News, ct);

    /// <summary>
    /// After the commit. A withdrawn post, or one dated in the future, leaves open lists (only its id is sent; hosts
    /// see scheduled posts when they load the list).
    /// </summary>
    public static async Task PublishAsync(ILiveBus bus, NewsPost post, bool isNew, long sequence, DateTimeOffset now)
    {
        if (post.IsHidden || post.PublishedAtUtc > now)
        {
            await bus.PublishAsync(new LiveEvent(LiveTopics.News, sequence, NewsEvents.Withdrawn, post.Id, Audience.Public, now));
            return;
        }

        await bus.PublishAsync(new LiveEvent(
            LiveTopics.News, sequence, isNew ? NewsEvents.Published : NewsEvents.Changed, NewsReads.Card(post, now), Audience.Public, now));
    }
}
