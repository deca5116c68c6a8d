namespace BeneluxClimate.Domain.Partnerships;

/// <summary>A proposal page for one viewer: the shared content and what this viewer may do.</summary>
public sealed record ProposalDetails(
    ProposalView View,
    bool ViewerIsAuthor,
    bool ViewerIsModerator,
    bool ViewerSignedIn,
    bool ViewerFollows,
    InterestStatus? ViewerInterest);
