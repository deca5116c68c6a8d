namespace BeneluxClimate.App.Hubs;

/// <summary>What the hub sends as "event": a live event without its audience; the payload is the UI's read model.</summary>
public sealed record LiveHubEvent(string Topic, long? Sequence, string Kind, object Payload, DateTimeOffset OccurredAtUtc);
