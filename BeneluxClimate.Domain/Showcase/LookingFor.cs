namespace BeneluxClimate.Domain.Showcase;

/// <summary>What a project team asks the network for; any combination.</summary>
[Flags]
public enum LookingFor
{
    None = 0,
    Expertise = 1,
    Partners = 2,
    Funding = 4,
    PilotSite = 8,
    Data = 16,
}
