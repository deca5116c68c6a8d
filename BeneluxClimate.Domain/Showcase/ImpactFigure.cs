namespace BeneluxClimate.Domain.Showcase;

/// <summary>One impact figure of a project, with the link that backs it up.</summary>
public sealed record ImpactFigure(ImpactKind Kind, double Value, string? EvidenceUrl);
