using BeneluxClimate.Domain.Live;

namespace BeneluxClimate.Tests.Builders;

/// <summary>A bus the test drives by hand: each push runs the subscribers' handlers and returns when they finish.</summary>
public sealed class FakeLiveBus : ILiveBus
{
    private readonly Lock gate = new();
    private readonly List<Subscriber> subscribers = [];

    public int SubscriberCount
    {
        get
        {
            lock (gate)
            {
                return subscribers.Count;
            }
        }
    }

    public ValueTask PublishAsync(LiveEvent liveEvent) => new(PushAsync(liveEvent));

    public IDisposable Subscribe(string topic, Func<LiveEvent, Task> onEvent, Func<Task> onResync)
    {
        var subscriber = new Subscriber(topic, onEvent, onResync, this);
        lock (gate)
        {
            subscribers.Add(subscriber);
        }

        return subscriber;
    }

    public Task PushAsync(LiveEvent liveEvent) =>
        Task.WhenAll(Snapshot().Where(s => s.Topic == liveEvent.Topic).Select(s => s.OnEvent(liveEvent)));

    public Task ResyncAsync() => Task.WhenAll(Snapshot().Select(s => s.OnResync()));

    private List<Subscriber> Snapshot()
    {
        lock (gate)
        {
            return [.. subscribers];
        }
    }

    private sealed class Subscriber(string topic, Func<LiveEvent, Task> onEvent, Func<Task> onResync, FakeLiveBus bus) : IDisposable
    {
        public string Topic => topic;

        public Func<LiveEvent, Task> OnEvent => onEvent;

        public Func<Task> OnResync => onResync;

        public void Dispose()
        {
            lock (bus.gate)
            {
                bus.subscribers.Remove(this);
            }
        }
    }
}
