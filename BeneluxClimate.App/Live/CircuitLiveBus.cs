using System.Collections.Immutable;
using BeneluxClimate.Domain.Live;
using Microsoft.Extensions.Logging;

namespace BeneluxClimate.App.Live;

/// <summary>
/// The live bus as one circuit sees it: however many of the circuit's components follow a topic, the circuit holds one
/// subscription to it and hands each event to its followers in turn. A proposal page has three followers of its topic
/// (the page, the discussion, the typing line); one mailbox per circuit instead of three takes a large share of the
/// work off each comment that reaches a thousand open screens (fanout benchmark in docs/benchmarks.md). The followers
/// work on the same circuit, whose renders run one at a time anyway, so handing them an event in turn costs them nothing.
/// </summary>
public sealed class CircuitLiveBus(ILiveBus bus, ILogger<CircuitLiveBus> logger) : ILiveBus, IDisposable
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, SharedTopic> topics = [];
    private bool disposed;

    public ValueTask PublishAsync(LiveEvent liveEvent) => bus.PublishAsync(liveEvent);

    /// <summary>
    /// Follows a topic until the handle is disposed. A follower that joins while an event is being handed out starts
    /// with the next one, as if it had subscribed a moment later: a view loads after subscribing, so it holds that event.
    /// </summary>
    public IDisposable Subscribe(string topic, Func<LiveEvent, Task> onEvent, Func<Task> onResync)
    {
        var follower = new Follower(onEvent, onResync);
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            if (!topics.TryGetValue(topic, out var shared))
            {
                topics[topic] = shared = new SharedTopic(topic, logger);
                shared.Subscription = bus.Subscribe(topic, shared.DeliverAsync, shared.ResyncAsync);
            }

            shared.Followers = shared.Followers.Add(follower);
        }

        return new Following(this, topic, follower);
    }

    public void Dispose()
    {
        List<SharedTopic> open;
        lock (gate)
        {
            disposed = true;
            open = [.. topics.Values];
            topics.Clear();
        }

        foreach (var shared in open)
        {
            shared.Subscription?.Dispose();
        }
    }

    private void Leave(string topic, Follower follower)
    {
        follower.Left = true;
        IDisposable? last = null;
        lock (gate)
        {
            if (!topics.TryGetValue(topic, out var shared))
            {
                return;
            }

            shared.Followers = shared.Followers.Remove(follower);
            if (shared.Followers.IsEmpty)
            {
                topics.Remove(topic);
                last = shared.Subscription;
            }
        }

        last?.Dispose();
    }

    private sealed class SharedTopic(string topic, ILogger logger)
    {
        public IDisposable? Subscription { get; set; }

        // Replaced whole on every join and leave, so a delivery walks a list nobody changes under it.
        public ImmutableArray<Follower> Followers { get; set; } = [];

        public async Task DeliverAsync(LiveEvent liveEvent)
        {
            foreach (var follower in Followers)
            {
                if (follower.Left)
                {
                    continue;
                }

                try
                {
                    await follower.OnEvent(liveEvent);
                }
                catch (Exception exception)
                {
                    logger.LogError(exception, "A follower of {Topic} on this circuit failed on {Kind}.", topic, liveEvent.Kind);
                }
            }
        }

        public async Task ResyncAsync()
        {
            foreach (var follower in Followers)
            {
                if (follower.Left)
                {
                    continue;
                }

                try
                {
                    await follower.OnResync();
                }
                catch (Exception exception)
                {
                    logger.LogError(exception, "A follower of {Topic} on this circuit failed to resync.", topic);
                }
            }
        }
    }

    private sealed class Follower(Func<LiveEvent, Task> onEvent, Func<Task> onResync)
    {
        public Func<LiveEvent, Task> OnEvent { get; } = onEvent;

        public Func<Task> OnResync { get; } = onResync;

        public volatile bool Left;
    }

    private sealed class Following(CircuitLiveBus owner, string topic, Follower follower) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                owner.Leave(topic, follower);
            }
        }
    }
}
