using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Security;
using Microsoft.AspNetCore.SignalR;

namespace BeneluxClimate.App.Hubs;

/// <summary>
/// Forwards bus events to hub connections. One bus subscription per topic on this node, however many connections
/// follow it; it ends when the last of them leaves. Public and members events go to the topic's group (every hub
/// connection is signed in); narrower audiences only to the connections whose member may see them.
/// </summary>
internal sealed class LiveHubRelay(ILiveBus bus, IHubContext<LiveHub> hub, ILogger<LiveHubRelay> logger)
{
    public const string EventMethod = "event";
    public const string ResyncMethod = "resync";

    private readonly Lock gate = new();
    private readonly Dictionary<string, Topic> topics = new(StringComparer.Ordinal);

    /// <summary>How many topics this node relays (one bus subscription each).</summary>
    public int TopicCount
    {
        get
        {
            lock (gate)
            {
                return topics.Count;
            }
        }
    }

    public async Task JoinAsync(string connectionId, Actor viewer, string topicName)
    {
        await hub.Groups.AddToGroupAsync(connectionId, topicName);
        lock (gate)
        {
            if (!topics.TryGetValue(topicName, out var topic))
            {
                topic = new Topic();
                topics[topicName] = topic;
                topic.Subscription = bus.Subscribe(topicName, e => ForwardAsync(topicName, e), () => ResyncAsync(topicName));
            }

            topic.Connections[connectionId] = viewer;
        }
    }

    public async Task LeaveAsync(string connectionId, string topicName)
    {
        Leave(connectionId, topicName);
        await hub.Groups.RemoveFromGroupAsync(connectionId, topicName);
    }

    /// <summary>The connection closed: SignalR already dropped it from its groups.</summary>
    public void LeaveAll(string connectionId)
    {
        List<string> joined;
        lock (gate)
        {
            joined = topics.Where(t => t.Value.Connections.ContainsKey(connectionId)).Select(t => t.Key).ToList();
        }

        foreach (var topicName in joined)
        {
            Leave(connectionId, topicName);
        }
    }

    private void Leave(string connectionId, string topicName)
    {
        IDisposable? ended = null;
        lock (gate)
        {
            if (topics.TryGetValue(topicName, out var topic) && topic.Connections.Remove(connectionId) && topic.Connections.Count == 0)
            {
                topics.Remove(topicName);
                ended = topic.Subscription;
            }
        }

        ended?.Dispose();
    }

    private Task ForwardAsync(string topicName, LiveEvent e)
    {
        var message = new LiveHubEvent(e.Topic, e.Sequence, e.Kind, e.Payload, e.OccurredAtUtc);
        if (e.Audience.Kind is AudienceKind.Public or AudienceKind.Members)
        {
            return hub.Clients.Group(topicName).SendAsync(EventMethod, message);
        }

        List<string> allowed;
        lock (gate)
        {
            allowed = topics.TryGetValue(topicName, out var topic)
                ? topic.Connections.Where(c => e.Audience.CanSee(c.Value)).Select(c => c.Key).ToList()
                : [];
        }

        return allowed.Count == 0 ? Task.CompletedTask : hub.Clients.Clients(allowed).SendAsync(EventMethod, message);
    }

    private Task ResyncAsync(string topicName)
    {
        logger.LogInformation("Hub clients of {Topic} are told to resync.", topicName);
        return hub.Clients.Group(topicName).SendAsync(ResyncMethod, new { topic = topicName });
    }

    private sealed class Topic
    {
        public IDisposable? Subscription { get; set; }

        public Dictionary<string, Actor> Connections { get; } = new(StringComparer.Ordinal);
    }
}
