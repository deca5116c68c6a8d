namespace BeneluxClimate.Domain.Showcase;

/// <summary>One stage of the board: how many projects match, and the most recently updated of them.</summary>
public sealed record BoardColumn(ProjectStage Stage, int Count, IReadOnlyList<ProjectCard> Cards);
