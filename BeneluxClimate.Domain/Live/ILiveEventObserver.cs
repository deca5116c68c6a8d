namespace BeneluxClimate.Domain.Live;

/// <summary>
/// Sees every event this node's bus delivers, whatever its topic, before the topic's subscribers get it (for caches
/// that must drop what an event changes). Runs on the bus's delivery loop: return quickly.
/// </summary>
public interface ILiveEventObserver
{
    ValueTask OnDeliveringAsync(LiveEvent liveEvent);

    /// <summary>Events may have been lost (the bus reconnected): drop everything derived from them.</summary>
    ValueTask OnResyncAsync();
}
