namespace BeneluxClimate.Domain.Showcase;

/// <summary>A project's lifecycle: only published projects are on the board.</summary>
public enum ProjectStatus
{
    Draft,
    Published,
    Archived,
}
