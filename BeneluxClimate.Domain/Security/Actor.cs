namespace BeneluxClimate.Domain.Security;

/// <summary>Who performs a command: built by the UI from the circuit's authentication state.</summary>
public sealed record Actor(string? UserId, IReadOnlySet<string> Roles)
{
    public static readonly Actor Anonymous = new(null, new HashSet<string>());

    public bool IsSignedIn => UserId is not null;

    public bool IsInRole(string role) => Roles.Contains(role);

    public bool IsAdmin => IsInRole(Security.Roles.Admin);

    public bool IsModerator => IsInRole(Security.Roles.Moderator) || IsAdmin;

    public static Actor Member(string userId, params string[] roles) => new(userId, new HashSet<string>(roles));
}
