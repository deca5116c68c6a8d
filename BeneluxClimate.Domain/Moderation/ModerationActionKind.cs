namespace BeneluxClimate.Domain.Moderation;

/// <summary>What a moderator (or the report threshold) did.</summary>
public enum ModerationActionKind
{
    Hide,
    Restore,
    DismissReports,
    LockDiscussion,
    UnlockDiscussion,
    SlowMode,
    Suspend,
    Ban,
    Reinstate,
    AppealUpheld,
    AppealReversed,
}
