using BeneluxClimate.Domain.Live;

namespace BeneluxClimate.Domain.Showcase;

/// <summary>
/// A project's card before and after a change (null when it was not, or is no longer, on the board), so each
/// board can adjust its columns and counts under its own filters without a query.
/// </summary>
[LivePayload]
public sealed record BoardChange(ProjectCard? Before, ProjectCard? After);
