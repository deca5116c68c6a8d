namespace BeneluxClimate.Domain.Showcase;

/// <summary>The kinds of live events the showcase publishes, so publishers and viewers agree on them.</summary>
public static class ShowcaseEvents
{
    /// <summary>On a project's topic: the new <see cref="ProjectView"/>.</summary>
    public const string ProjectChanged = "ProjectChanged";

    /// <summary>On a project's topic: it is no longer public (a draft or hidden); the payload is its id.</summary>
    public const string ProjectWithdrawn = "ProjectWithdrawn";

    /// <summary>On a project's topic: the new follower count.</summary>
    public const string FollowersChanged = "FollowersChanged";

    /// <summary>On the board topic: a <see cref="BoardChange"/>.</summary>
    public const string BoardChanged = "BoardChanged";

    /// <summary>On the impact topic: the recounted <see cref="ImpactSnapshot"/>.</summary>
    public const string ImpactChanged = "ImpactChanged";
}
