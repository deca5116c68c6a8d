namespace BeneluxClimate.Domain.Gatherings;

/// <summary>Where an event takes place: online, at a venue, or both.</summary>
public enum GatheringFormat
{
    Virtual,
    Physical,
    Hybrid,
}
