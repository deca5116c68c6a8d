namespace BeneluxClimate.Domain.Gatherings;

/// <summary>Names of the live events about events and their session rooms, so publishers and viewers agree.</summary>
public static class GatheringEvents
{
    /// <summary>
    /// A host opened or closed the session room (payload <see cref="RoomStatus"/>); published on
    /// <c>LiveTopics.Events</c>, <c>LiveTopics.Event(id)</c> and <c>LiveTopics.Session(id)</c>, each with its own sequence number.
    /// </summary>
    public const string RoomStateChanged = "RoomStateChanged";
}
