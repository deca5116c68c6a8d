namespace BeneluxClimate.Domain.Notifications;

/// <summary>What a notification is about; each kind can be switched off in the profile.</summary>
public enum NotificationKind
{
    ReplyToMyComment,
    Mention,
    CommentOnMyProposal,
    InterestInMyProposal,
    StatusOfFollowedProposal,

    /// <summary>An event the member registered for starts in about a day (the notification's subject id is the event's).</summary>
    EventReminder,

    /// <summary>A seat came free and the member moved from the waitlist to registered (subject id: the event).</summary>
    WaitlistPromoted,
}
