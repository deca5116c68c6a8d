using BeneluxClimate.Domain.Live;

namespace BeneluxClimate.App.Live;

/// <summary>
/// One node's part of a topic's audience, sent to the other nodes over the relay: its signed-in viewers by key (so a
/// member with tabs on two nodes counts once) and how many anonymous viewers it has. Empty when its last viewer left.
/// </summary>
[LivePayload]
public sealed record PresenceShare(string NodeId, string Topic, string[] Members, int Anonymous);

/// <summary>A node that has just started or reconnected asks the others for their shares instead of waiting for them.</summary>
[LivePayload]
public sealed record PresenceShareRequest(string NodeId);
