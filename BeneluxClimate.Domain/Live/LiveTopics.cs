namespace BeneluxClimate.Domain.Live;

/// <summary>Topic names, so publishers and viewers agree on them.</summary>
public static class LiveTopics
{
    public const string Directory = "directory";
}
