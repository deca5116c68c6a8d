namespace BeneluxClimate.Domain.Partnerships;

/// <summary>A member who follows a proposal (its author, commenters and interested members follow automatically).</summary>
public sealed class ProposalFollower
{
    public int ProposalId { get; set; }
    public string UserId { get; set; } = "";
    public DateTimeOffset FollowedAtUtc { get; set; }
}
