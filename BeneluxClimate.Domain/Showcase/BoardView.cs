namespace BeneluxClimate.Domain.Showcase;

/// <summary>The board as one viewer sees it, at a board sequence number; <see cref="ViewerOrganisationId"/> decides which cards they may move.</summary>
public sealed record BoardView(IReadOnlyList<BoardColumn> Columns, long Sequence, int? ViewerOrganisationId);
