namespace BeneluxClimate.Domain.Moderation;

/// <summary>Why a member reports an item; also the ground a moderator names when hiding one.</summary>
public enum ReportReason
{
    Spam,
    Abusive,
    OffTopic,
    Misinformation,
    Illegal,
    Other,
}
