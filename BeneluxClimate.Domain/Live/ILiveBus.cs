namespace BeneluxClimate.Domain.Live;

/// <summary>Carries live events from the services that commit changes to the viewers subscribed to a topic.</summary>
public interface ILiveBus
{
    /// <summary>Hands the event to the bus and returns without waiting for any subscriber.</summary>
    ValueTask PublishAsync(LiveEvent liveEvent);

    /// <summary>
    /// Subscribes to one topic until the returned handle is disposed. Each subscriber receives its events in
    /// publishing order, one at a time. <paramref name="onResync"/> is called when events may have been lost
    /// (the bus reconnected, or the subscriber fell too far behind): rebuild the view from the database.
    /// </summary>
    IDisposable Subscribe(string topic, Func<LiveEvent, Task> onEvent, Func<Task> onResync);
}
