namespace BeneluxClimate.Domain.Partnerships;

/// <summary>Where a proposal stands; changed by its author or a moderator.</summary>
public enum ProposalStatus
{
    Open,
    InDiscussion,
    PartnershipFormed,
    Closed,
}
