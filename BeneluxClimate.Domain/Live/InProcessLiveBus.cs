using System.Collections.Immutable;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BeneluxClimate.Domain.Live;

/// <summary>
/// Delivers live events to this node's subscribers. Publishing only queues the event; a background loop
/// hands it to each subscriber's own mailbox, so neither the writer nor other subscribers wait for a slow one.
/// </summary>
public sealed class InProcessLiveBus : ILiveBus, IAsyncDisposable, IDisposable
{
    private readonly Channel<LiveEvent?> queue; // null asks every subscriber to resync
    private readonly int subscriberBacklog;
    private readonly ILogger<InProcessLiveBus> logger;
    private readonly Task deliveryLoop;
    private readonly ILiveEventObserver[] observers;
    private ImmutableDictionary<string, ImmutableArray<LiveSubscription>> subscriptions =
        ImmutableDictionary.Create<string, ImmutableArray<LiveSubscription>>(StringComparer.Ordinal);

    public InProcessLiveBus(IOptions<LiveOptions> options, ILogger<InProcessLiveBus> logger, IEnumerable<ILiveEventObserver>? observers = null)
    {
        this.logger = logger;
        this.observers = observers?.ToArray() ?? [];
        subscriberBacklog = options.Value.SubscriberBacklog;
        queue = Channel.CreateBounded<LiveEvent?>(new BoundedChannelOptions(options.Value.QueueCapacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        deliveryLoop = Task.Run(DeliverAsync);
    }

    public ValueTask PublishAsync(LiveEvent liveEvent)
    {
        ArgumentNullException.ThrowIfNull(liveEvent);
        return EnqueueAsync(liveEvent);
    }

    public IDisposable Subscribe(string topic, Func<LiveEvent, Task> onEvent, Func<Task> onResync)
    {
        var subscription = new LiveSubscription(topic, onEvent, onResync, subscriberBacklog, Unsubscribe, logger);
        ImmutableInterlocked.AddOrUpdate(ref subscriptions, topic, [subscription], (_, existing) => existing.Add(subscription));
        return subscription;
    }

    /// <summary>Tells every subscriber to rebuild from the database, after events that came before it.</summary>
    public Task ResyncAllAsync() => EnqueueAsync(null).AsTask();

    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        await deliveryLoop;
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private async ValueTask EnqueueAsync(LiveEvent? item)
    {
        if (queue.Writer.TryWrite(item))
        {
            return;
        }

        try
        {
            await queue.Writer.WriteAsync(item);
        }
        catch (ChannelClosedException)
        {
            // Shutting down: the viewers are going away too, and the database still has the change.
        }
    }

    private async Task DeliverAsync()
    {
        await foreach (var item in queue.Reader.ReadAllAsync())
        {
            await ObserveAsync(item);
            if (item is null)
            {
                foreach (var subscription in subscriptions.Values.SelectMany(s => s))
                {
                    subscription.RequestResync();
                }
            }
            else if (subscriptions.TryGetValue(item.Topic, out var subscribers))
            {
                foreach (var subscription in subscribers)
                {
                    subscription.Deliver(item);
                }
            }
        }
    }

    private async Task ObserveAsync(LiveEvent? item)
    {
        foreach (var observer in observers)
        {
            try
            {
                await (item is null ? observer.OnResyncAsync() : observer.OnDeliveringAsync(item));
            }
            catch (Exception e)
            {
                logger.LogError(e, "A live event observer failed on topic {Topic}.", item?.Topic);
            }
        }
    }

    private void Unsubscribe(LiveSubscription subscription) =>
        ImmutableInterlocked.Update(ref subscriptions, all =>
        {
            if (!all.TryGetValue(subscription.Topic, out var existing))
            {
                return all;
            }

            var remaining = existing.Remove(subscription);
            return remaining.IsEmpty ? all.Remove(subscription.Topic) : all.SetItem(subscription.Topic, remaining);
        });
}
