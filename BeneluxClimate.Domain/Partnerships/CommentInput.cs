namespace BeneluxClimate.Domain.Partnerships;

/// <summary>A comment as the composer sends it; <see cref="ClientId"/> is generated once per comment in the browser.</summary>
public sealed record CommentInput(Guid ClientId, string Body, long? ParentId = null);
