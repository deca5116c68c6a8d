namespace BeneluxClimate.Domain.Gatherings;

/// <summary>One member's registration for one event (unique per event and member).</summary>
public sealed class Registration
{
    public long Id { get; private set; }
    public int GatheringId { get; set; }
    public string MemberId { get; set; } = "";
    public RegistrationStatus Status { get; set; }

    /// <summary>When the member last asked for a seat: the waitlist is served in this order.</summary>
    public DateTimeOffset RequestedAtUtc { get; set; }

    public DateTimeOffset? PromotedAtUtc { get; set; }
    public DateTimeOffset? CancelledAtUtc { get; set; }
    public DateTimeOffset? ReminderSentAtUtc { get; set; }
}
