namespace BeneluxClimate.Domain.Live;

/// <summary>Topic names, so publishers and viewers agree on them.</summary>
public static class LiveTopics
{
    /// <summary>Directory changes anonymous visitors may see: public cards, and members who became members-only.</summary>
    public const string Directory = "directory";

    /// <summary>Every directory change, for signed-in members.</summary>
    public const string DirectoryForMembers = "directory:members";
}
