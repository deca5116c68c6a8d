namespace BeneluxClimate.Domain.Notifications;

/// <summary>What a notification is about; each kind can be switched off in the profile.</summary>
public enum NotificationKind
{
    ReplyToMyComment,
    Mention,
    CommentOnMyProposal,
    InterestInMyProposal,
    StatusOfFollowedProposal,
}
