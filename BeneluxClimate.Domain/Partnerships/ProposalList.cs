using BeneluxClimate.Domain.Common;

namespace BeneluxClimate.Domain.Partnerships;

/// <summary>One page of proposals at a list sequence number.</summary>
public sealed record ProposalList(Page<ProposalListItem> Items, long Sequence);
