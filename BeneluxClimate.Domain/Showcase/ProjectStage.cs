namespace BeneluxClimate.Domain.Showcase;

/// <summary>How far a project has come; the board's columns, in this order.</summary>
public enum ProjectStage
{
    Idea,
    SeekingPartners,
    Pilot,
    Running,
    Completed,
}
