using BeneluxClimate.Domain.Live;

namespace BeneluxClimate.Domain.Gatherings;

/// <summary>The payload of <see cref="GatheringEvents.RoomStateChanged"/>: a host opened or closed an event's session room.</summary>
[LivePayload]
public sealed record RoomStatus(int GatheringId, RoomState State, DateTimeOffset ChangedAtUtc);
