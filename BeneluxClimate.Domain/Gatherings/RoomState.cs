namespace BeneluxClimate.Domain.Gatherings;

/// <summary>The live session room of an event: not yet opened by a host, open, or closed and read-only.</summary>
public enum RoomState
{
    NotOpened,
    Open,
    Closed,
}
