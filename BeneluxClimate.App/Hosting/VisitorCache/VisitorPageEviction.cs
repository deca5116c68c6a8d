using BeneluxClimate.Domain.Live;
using Microsoft.AspNetCore.OutputCaching;

namespace BeneluxClimate.App.Hosting.VisitorCache;

/// <summary>
/// Drops a proposal's shared visitor copies when a change to it is delivered on this node (with several nodes each
/// node's bus delivers every event, so each drops its own). Presence and typing carry no sequence and change nothing
/// stored: they leave the copy alone, or every arriving viewer would empty the cache for the next.
/// </summary>
internal sealed class VisitorPageEviction(IOutputCacheStore store) : ILiveEventObserver
{
    public ValueTask OnDeliveringAsync(LiveEvent liveEvent) =>
        liveEvent.Sequence is not null && LiveTopics.ProposalIdOf(liveEvent.Topic) is { } proposalId
            ? store.EvictByTagAsync(VisitorPageCache.ProposalTag(proposalId), default)
            : ValueTask.CompletedTask;

    public ValueTask OnResyncAsync() => store.EvictByTagAsync(VisitorPageCache.AllPagesTag, default);
}
