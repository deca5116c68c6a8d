namespace BeneluxClimate.Domain.Gatherings;

/// <summary>Names of the live events about events and their session rooms, so publishers and viewers agree.</summary>
public static class GatheringEvents
{
    /// <summary>
    /// A host opened or closed the session room (payload <see cref="RoomStatus"/>); published on
    /// <c>LiveTopics.Events</c>, <c>LiveTopics.Event(id)</c> and <c>LiveTopics.Session(id)</c>, each with its own sequence number.
    /// </summary>
    public const string RoomStateChanged = "RoomStateChanged";

    /// <summary>A new event (payload <see cref="GatheringCard"/>), on <c>LiveTopics.Events</c>.</summary>
    public const string GatheringPublished = "GatheringPublished";

    /// <summary>
    /// An event's details changed: payload <see cref="GatheringCard"/> on <c>LiveTopics.Events</c>,
    /// <see cref="GatheringView"/> on <c>LiveTopics.Event(id)</c>.
    /// </summary>
    public const string GatheringChanged = "GatheringChanged";

    /// <summary>An event was withdrawn (hidden; payload its id), on both topics; hosts and moderators still reach it.</summary>
    public const string GatheringWithdrawn = "GatheringWithdrawn";

    /// <summary>Seats and waitlist counters changed (payload <see cref="SeatsStatus"/>), on both topics.</summary>
    public const string SeatsChanged = "SeatsChanged";

    /// <summary>One member's registration changed (payload <see cref="MemberRegistration"/>), on <c>LiveTopics.Event(id)</c> for that member only.</summary>
    public const string RegistrationChanged = "RegistrationChanged";
}
