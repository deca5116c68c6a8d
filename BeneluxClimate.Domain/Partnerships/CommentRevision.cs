namespace BeneluxClimate.Domain.Partnerships;

/// <summary>A comment's earlier text, kept when its author edits or removes it; for moderators only.</summary>
public sealed class CommentRevision
{
    public long Id { get; private set; }
    public long CommentId { get; set; }
    public string Body { get; set; } = "";
    public DateTimeOffset ReplacedAtUtc { get; set; }
}
