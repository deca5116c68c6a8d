namespace BeneluxClimate.Domain.Gatherings.Sessions;

/// <summary>
/// A session room at one sequence number of its topic, as one viewer sees it: questions by upvotes then time
/// (bounded), polls with counts, the newest chat lines, and the viewer's own upvotes and votes. Viewers who may not
/// enter get the event's facts and empty lists.
/// </summary>
public sealed record SessionRoomView(
    int GatheringId,
    string Title,
    DateTimeOffset StartsAtUtc,
    DateTimeOffset EndsAtUtc,
    RoomState RoomState,
    DateTimeOffset? RoomOpenedAtUtc,
    DateTimeOffset? RoomClosedAtUtc,
    bool RequiresRegistration,
    SessionAccess Access,
    IReadOnlyList<QuestionView> Questions,
    IReadOnlyList<PollView> Polls,
    IReadOnlyList<ChatMessageView> Chat,
    IReadOnlyList<long> OwnUpvotes,
    IReadOnlyDictionary<long, IReadOnlyList<long>> OwnVotes,
    long Sequence)
{
    public bool MayEnter => Access is SessionAccess.Attendee or SessionAccess.Moderator or SessionAccess.Host;

    public bool IsHost => Access == SessionAccess.Host;

    public bool MayModerate => Access is SessionAccess.Host or SessionAccess.Moderator;

    /// <summary>Whether the viewer may ask, upvote, vote and chat now.</summary>
    public bool MayTakePart => MayEnter && RoomState == RoomState.Open;
}
