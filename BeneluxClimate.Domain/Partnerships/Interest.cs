namespace BeneluxClimate.Domain.Partnerships;

/// <summary>A member's "I'm interested" in a proposal, with an optional message to its author; one per member.</summary>
public sealed class Interest
{
    public const int MessageMaxLength = 1_000;

    public long Id { get; private set; }
    public int ProposalId { get; set; }
    public string UserId { get; set; } = "";
    public string Message { get; set; } = "";
    public InterestStatus Status { get; set; }
    public DateTimeOffset CreatedAtUtc { get; set; }
    public DateTimeOffset? DecidedAtUtc { get; set; }
}
