namespace BeneluxClimate.Domain.Moderation;

/// <summary>What moderation needs to know about a reported item.</summary>
/// <param name="ProposalId">The discussion a comment belongs to, or the proposal itself.</param>
internal sealed record TargetState(string AuthorId, string Subject, string Link, bool IsHidden, int? ProposalId);
