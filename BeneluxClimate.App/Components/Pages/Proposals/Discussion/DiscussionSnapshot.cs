using BeneluxClimate.Domain.Partnerships;

namespace BeneluxClimate.App.Components.Pages.Proposals.Discussion;

/// <summary>The discussion's first load with the viewer's own reactions, handed from prerendering to the circuit.</summary>
public sealed record DiscussionSnapshot(int ProposalId, DiscussionThread Thread, IReadOnlyList<OwnReaction> OwnReactions);
