namespace BeneluxClimate.Domain.Partnerships;

/// <summary>A proposal in a list, with the reason it is suggested to the viewer (null when not in the suggested order).</summary>
public sealed record ProposalListItem(ProposalCard Card, Suggestion? Suggestion);
