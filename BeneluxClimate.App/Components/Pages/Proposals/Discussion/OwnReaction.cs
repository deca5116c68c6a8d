using BeneluxClimate.Domain.Partnerships;

namespace BeneluxClimate.App.Components.Pages.Proposals.Discussion;

/// <summary>A reaction the viewer gave, so its button shows pressed.</summary>
public sealed record OwnReaction(long CommentId, ReactionKind Kind);
