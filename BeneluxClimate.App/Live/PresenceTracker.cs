using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Partnerships;
using BeneluxClimate.Domain.Security;

namespace BeneluxClimate.App.Live;

/// <summary>
/// Who is viewing a topic on this node: a signed-in member counts once however many tabs they have open, each anonymous
/// circuit counts once. After a change it publishes the count as an ephemeral <see cref="ProposalEvents.Presence"/>
/// event, at most once per <see cref="IntervalFor"/> per topic, so a burst of joins makes one push, not one per join.
/// </summary>
/// <remarks>
/// All per-node counts live in <see cref="topics"/>. Summing across nodes later means publishing this node's
/// viewer keys (or counts) to a shared store and publishing the union; joining and leaving need not change.
/// </remarks>
public sealed class PresenceTracker(ILiveBus bus, TimeProvider time)
{
    public static readonly TimeSpan PublishInterval = TimeSpan.FromMilliseconds(500);

    /// <summary>Viewers per <see cref="PublishInterval"/> of wait between two counts (see <see cref="IntervalFor"/>).</summary>
    public const int ViewersPerInterval = 250;

    /// <summary>The longest a count waits, however large the audience.</summary>
    public static readonly TimeSpan LongestInterval = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Every count re-renders every open page of the topic, so a large audience gets fewer of them: half a second up to
    /// 250 viewers, a second up to 500, and so on up to five seconds. Nobody reads 4,812 viewers to the half second.
    /// </summary>
    public static TimeSpan IntervalFor(int people) =>
        TimeSpan.FromTicks(Math.Min(LongestInterval.Ticks, PublishInterval.Ticks * Math.Max(1, (people + ViewersPerInterval - 1) / ViewersPerInterval)));

    private readonly Lock gate = new();
    private readonly Dictionary<string, TopicPresence> topics = [];

    /// <summary>A key that counts a member once across tabs; an anonymous viewer gets a key of their own.</summary>
    public static string ViewerKey(Actor viewer) => viewer.UserId is { } id ? "member:" + id : "anonymous:" + Guid.NewGuid().ToString("N");

    /// <summary>Counts the viewer on the topic until the returned handle is disposed (when the page or circuit goes).</summary>
    public IDisposable Join(string topic, string viewerKey)
    {
        lock (gate)
        {
            if (!topics.TryGetValue(topic, out var presence))
            {
                topics[topic] = presence = new TopicPresence();
            }

            presence.Connections[viewerKey] = presence.Connections.GetValueOrDefault(viewerKey) + 1;
            SchedulePublish(topic, presence);
        }

        return new Membership(this, topic, viewerKey);
    }

    /// <summary>How many people view the topic now, for a page that has just joined.</summary>
    public int People(string topic)
    {
        lock (gate)
        {
            return topics.TryGetValue(topic, out var presence) ? presence.Connections.Count : 0;
        }
    }

    private void Leave(string topic, string viewerKey)
    {
        lock (gate)
        {
            if (!topics.TryGetValue(topic, out var presence) || !presence.Connections.TryGetValue(viewerKey, out var count))
            {
                return;
            }

            if (count > 1)
            {
                presence.Connections[viewerKey] = count - 1;
                return; // the member still has another tab open: the number of people did not change
            }

            presence.Connections.Remove(viewerKey);
            SchedulePublish(topic, presence);
        }
    }

    // Called under the lock. The first change after a quiet interval publishes at once; changes within the interval
    // after a publish wait for its end and go out together as one count.
    private void SchedulePublish(string topic, TopicPresence presence)
    {
        if (presence.PublishPending)
        {
            return;
        }

        presence.PublishPending = true;
        var wait = presence.LastPublishedAt + IntervalFor(presence.Connections.Count) - time.GetUtcNow();
        // Never on the caller's thread: it holds the lock, and may be a circuit's.
        _ = Task.Run(() => PublishAsync(topic, presence, wait > TimeSpan.Zero ? wait : TimeSpan.Zero));
    }

    private async Task PublishAsync(string topic, TopicPresence presence, TimeSpan wait)
    {
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time);
        }

        int people;
        DateTimeOffset now;
        lock (gate)
        {
            presence.PublishPending = false;
            now = presence.LastPublishedAt = time.GetUtcNow();
            people = presence.Connections.Count;
            if (people == 0 && topics.GetValueOrDefault(topic) == presence)
            {
                topics.Remove(topic);
            }
        }

        await bus.PublishAsync(new LiveEvent(topic, null, ProposalEvents.Presence, new PresenceCount(people), Audience.Public, now));
    }

    private sealed class TopicPresence
    {
        /// <summary>Open views per viewer key on this node.</summary>
        public Dictionary<string, int> Connections { get; } = new(StringComparer.Ordinal);

        public bool PublishPending { get; set; }

        public DateTimeOffset LastPublishedAt { get; set; } = DateTimeOffset.MinValue;
    }

    private sealed class Membership(PresenceTracker tracker, string topic, string viewerKey) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                tracker.Leave(topic, viewerKey);
            }
        }
    }
}
