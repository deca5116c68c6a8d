namespace BeneluxClimate.Domain.Partnerships;

/// <summary>One member's reaction of one kind to one comment (toggled).</summary>
public sealed class CommentReaction
{
    public long CommentId { get; set; }
    public string UserId { get; set; } = "";
    public ReactionKind Kind { get; set; }
    public DateTimeOffset ReactedAtUtc { get; set; }
}
