namespace BeneluxClimate.Domain.Partnerships;

/// <summary>A proposal's discussion at a topic sequence number: comments oldest first, replies after their parent's position.</summary>
public sealed record DiscussionThread(IReadOnlyList<CommentView> Comments, bool HasOlder, long Sequence);
