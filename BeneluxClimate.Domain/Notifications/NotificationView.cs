using BeneluxClimate.Domain.Live;

namespace BeneluxClimate.Domain.Notifications;

/// <summary>A notification as the bell's list shows it; carried by live events.</summary>
[LivePayload]
public sealed record NotificationView(
    long Id, NotificationKind Kind, int ProposalId, long? CommentId, string ActorName, string ProposalTitle, DateTimeOffset CreatedAtUtc, bool IsRead);
