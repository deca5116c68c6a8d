using BeneluxClimate.Domain.Live;

namespace BeneluxClimate.App.Live;

/// <summary>The payload of a <c>Presence</c> event: how many people are viewing a topic now.</summary>
[LivePayload]
public sealed record PresenceCount(int People);
