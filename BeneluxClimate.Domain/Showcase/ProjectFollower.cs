namespace BeneluxClimate.Domain.Showcase;

/// <summary>A signed-in member who follows a project.</summary>
public sealed class ProjectFollower
{
    public int ProjectId { get; set; }
    public string UserId { get; set; } = "";
    public DateTimeOffset FollowedAtUtc { get; set; }
}
