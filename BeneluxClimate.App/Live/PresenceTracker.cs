using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Partnerships;
using BeneluxClimate.Domain.Security;

namespace BeneluxClimate.App.Live;

/// <summary>
/// Who is viewing a topic: a signed-in member counts once however many tabs they have open, on whichever nodes, each
/// anonymous circuit counts once. After a change it publishes the count to this node's viewers as an ephemeral
/// <see cref="ProposalEvents.Presence"/> event, at most once per <see cref="IntervalFor"/> per topic, so a burst of
/// joins makes one push, not one per join.
/// </summary>
/// <remarks>
/// With a relay between nodes (<c>ConnectionStrings:Redis</c>), each node sends its own part of a topic's audience
/// to the others as a <see cref="PresenceShare"/> when it changes and every <see cref="ShareRefreshInterval"/>,
/// and counts the union; the count itself is never relayed, since every node computes it for its own viewers.
/// </remarks>
public sealed class PresenceTracker : IDisposable
{
    /// <summary>Where nodes exchange their shares; no viewer may see these events.</summary>
    public const string ShareTopic = "cluster:presence";

    /// <summary>Nodes renew their shares this often, so a node that missed one catches up.</summary>
    public static readonly TimeSpan ShareRefreshInterval = TimeSpan.FromSeconds(10);

    /// <summary>A share not renewed within this time is dropped: its node is gone.</summary>
    public static readonly TimeSpan ShareLifetime = ShareRefreshInterval * 3;

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
    private readonly ILiveBus bus;
    private readonly TimeProvider time;
    private readonly ILiveBus? relay;
    private readonly RemotePresence remote;
    private readonly IDisposable? shareSubscription;
    private readonly ITimer? refresh;

    /// <param name="bus">This node's own bus, to its own viewers.</param>
    /// <param name="time">The clock for intervals and share lifetimes.</param>
    /// <param name="relay">The bus that reaches the other nodes too; null (or the same bus) on a single node.</param>
    public PresenceTracker(ILiveBus bus, TimeProvider time, ILiveBus? relay = null)
    {
        this.bus = bus;
        this.time = time;
        remote = new RemotePresence(time);
        if (relay is null || ReferenceEquals(relay, bus))
        {
            return;
        }

        this.relay = relay;
        shareSubscription = relay.Subscribe(ShareTopic, OnShareEventAsync, ShareAllAsync);
        refresh = time.CreateTimer(_ => _ = RefreshAsync(), null, ShareRefreshInterval, ShareRefreshInterval);
        _ = ShareAllAsync();
    }

    /// <summary>Tells this node's shares apart from the other nodes'.</summary>
    public string NodeId { get; } = Guid.NewGuid().ToString("N");

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
            presence.LocalChanged = true;
            SchedulePublish(topic, presence);
        }

        return new Membership(this, topic, viewerKey);
    }

    /// <summary>How many people view the topic now, for a page that has just joined.</summary>
    public int People(string topic)
    {
        lock (gate)
        {
            return remote.People(topic, topics.TryGetValue(topic, out var presence) ? presence.Connections.Keys : []);
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
            presence.LocalChanged = true;
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
        var wait = presence.LastPublishedAt + IntervalFor(remote.People(topic, presence.Connections.Keys)) - time.GetUtcNow();
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
        PresenceShare? share = null;
        lock (gate)
        {
            presence.PublishPending = false;
            now = presence.LastPublishedAt = time.GetUtcNow();
            people = remote.People(topic, presence.Connections.Keys);
            if (presence.LocalChanged && relay is not null)
            {
                share = ShareOf(topic, presence);
            }

            presence.LocalChanged = false;
            if (presence.Connections.Count == 0 && topics.GetValueOrDefault(topic) == presence)
            {
                topics.Remove(topic);
            }
        }

        if (share is not null)
        {
            await PublishShareAsync(share);
        }

        await bus.PublishAsync(new LiveEvent(topic, null, ProposalEvents.Presence, new PresenceCount(people), Audience.Public, now));
    }

    private PresenceShare ShareOf(string topic, TopicPresence presence)
    {
        var members = presence.Connections.Keys.Where(k => k.StartsWith("member:", StringComparison.Ordinal)).ToArray();
        return new PresenceShare(NodeId, topic, members, presence.Connections.Count - members.Length);
    }

    private ValueTask PublishShareAsync(object payload) =>
        relay!.PublishAsync(new LiveEvent(ShareTopic, null, ProposalEvents.Presence, payload, Audience.Named(), time.GetUtcNow()));

    private Task OnShareEventAsync(LiveEvent e)
    {
        switch (e.Payload)
        {
            case PresenceShare share when share.NodeId != NodeId:
                lock (gate)
                {
                    // Only this node's viewers need a new count, and only if they see a different audience.
                    if (remote.Store(share) && topics.TryGetValue(share.Topic, out var presence))
                    {
                        SchedulePublish(share.Topic, presence);
                    }
                }

                return Task.CompletedTask;
            case PresenceShareRequest request when request.NodeId != NodeId:
                return ShareAllAsync(ask: false);
            default:
                return Task.CompletedTask;
        }
    }

    // On start and whenever the relay may have lost messages (it reconnected): send every share, and ask for the others'.
    private Task ShareAllAsync() => ShareAllAsync(ask: true);

    private async Task ShareAllAsync(bool ask)
    {
        List<PresenceShare> shares;
        lock (gate)
        {
            shares = [.. topics.Select(t => ShareOf(t.Key, t.Value))];
        }

        foreach (var share in shares)
        {
            await PublishShareAsync(share);
        }

        if (ask)
        {
            await PublishShareAsync(new PresenceShareRequest(NodeId));
        }
    }

    private async Task RefreshAsync()
    {
        lock (gate)
        {
            foreach (var topic in remote.RemoveExpired())
            {
                if (topics.TryGetValue(topic, out var presence))
                {
                    SchedulePublish(topic, presence);
                }
            }
        }

        await ShareAllAsync(ask: false);
    }

    public void Dispose()
    {
        refresh?.Dispose();
        shareSubscription?.Dispose();
    }

    private sealed class TopicPresence
    {
        /// <summary>Open views per viewer key on this node.</summary>
        public Dictionary<string, int> Connections { get; } = new(StringComparer.Ordinal);

        public bool PublishPending { get; set; }

        /// <summary>This node's viewers changed since its share was last sent.</summary>
        public bool LocalChanged { get; set; }

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
