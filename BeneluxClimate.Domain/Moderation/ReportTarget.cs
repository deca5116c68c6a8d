namespace BeneluxClimate.Domain.Moderation;

/// <summary>What kind of item a report or a moderation action is about.</summary>
public enum ReportTarget
{
    Comment,
    Proposal,
    Project,

    /// <summary>A member's profile, keyed by the user id (see <see cref="TargetRef"/>).</summary>
    Profile,

    /// <summary>A question asked in an event's live session room.</summary>
    Question,

    /// <summary>A chat line in an event's live session room.</summary>
    ChatMessage,
}
