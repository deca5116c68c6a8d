namespace BeneluxClimate.Domain.Notifications;

/// <summary>
/// One notification for one member. Who acted and the proposal's title are copied in when it is written, so the list
/// shows without joins and still reads right after a rename or a deleted account.
/// </summary>
public sealed class Notification
{
    public long Id { get; private set; }
    public string UserId { get; set; } = "";
    public NotificationKind Kind { get; set; }
    public int ProposalId { get; set; }
    public long? CommentId { get; set; }
    public string ActorName { get; set; } = "";
    public string ProposalTitle { get; set; } = "";
    public DateTimeOffset CreatedAtUtc { get; set; }
    public DateTimeOffset? ReadAtUtc { get; set; }
}
