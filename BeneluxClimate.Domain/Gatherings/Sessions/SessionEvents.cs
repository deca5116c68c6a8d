using BeneluxClimate.Domain.Partnerships;

namespace BeneluxClimate.Domain.Gatherings.Sessions;

/// <summary>
/// Names of the live events on a session room's topic (<c>LiveTopics.Session(id)</c>). Each payload carries what a
/// viewer needs to apply it without a query. The room opening and closing arrives as
/// <see cref="GatheringEvents.RoomStateChanged"/>.
/// </summary>
public static class SessionEvents
{
    /// <summary>A new question (<see cref="QuestionView"/>).</summary>
    public const string QuestionAsked = "QuestionAsked";

    /// <summary>A question's upvote count changed (<see cref="QuestionUpvotes"/>).</summary>
    public const string UpvotesChanged = "QuestionUpvotesChanged";

    /// <summary>A host or moderator marked a question answered (<see cref="QuestionFlags"/>).</summary>
    public const string QuestionAnswered = "QuestionAnswered";

    /// <summary>A host or moderator hid a question (<see cref="QuestionFlags"/>).</summary>
    public const string QuestionHidden = "QuestionHidden";

    /// <summary>A host prepared a poll (<see cref="PollView"/>, draft: hosts only).</summary>
    public const string PollCreated = "PollCreated";

    /// <summary>A poll opened for votes (<see cref="PollView"/>).</summary>
    public const string PollOpened = "PollOpened";

    /// <summary>A poll closed (<see cref="PollView"/> with its final counts).</summary>
    public const string PollClosed = "PollClosed";

    /// <summary>Someone voted (<see cref="PollView"/> with the new counts).</summary>
    public const string PollCountsChanged = "PollCountsChanged";

    /// <summary>A chat line (<see cref="ChatMessageView"/>).</summary>
    public const string ChatPosted = "ChatPosted";

    /// <summary>A host or moderator hid a chat line (<see cref="HiddenChatMessage"/>).</summary>
    public const string ChatHidden = "ChatHidden";

    /// <summary>How many people are in the room now (ephemeral, counted by the app's presence tracker, as on a proposal page).</summary>
    public const string Presence = ProposalEvents.Presence;
}
