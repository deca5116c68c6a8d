namespace BeneluxClimate.Domain.Gatherings.Sessions;

/// <summary>What a viewer may do in a session room.</summary>
public enum SessionAccess
{
    /// <summary>Visitors sign in first.</summary>
    NotSignedIn,

    /// <summary>The event requires registration and the member has no seat: they register on the event page.</summary>
    NotRegistered,

    /// <summary>Asks, upvotes, votes and chats while the room is open.</summary>
    Attendee,

    /// <summary>Moderates questions and chat as well.</summary>
    Moderator,

    /// <summary>The host, a co-host or an admin: opens and closes the room and runs polls as well.</summary>
    Host,
}
