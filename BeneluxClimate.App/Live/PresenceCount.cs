namespace BeneluxClimate.App.Live;

/// <summary>The payload of a <c>Presence</c> event: how many people are viewing a topic now.</summary>
public sealed record PresenceCount(int People);
