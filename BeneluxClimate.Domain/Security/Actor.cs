namespace BeneluxClimate.Domain.Security;

/// <summary>
/// Who performs a command, as claimed by the UI from the circuit's (or request's) authentication state. Services never
/// trust it for a write: <see cref="Common.Commands"/> replaces it with the member's standing in the database.
/// </summary>
public sealed record Actor(string? UserId, IReadOnlySet<string> Roles)
{
    public static readonly Actor Anonymous = new(null, new HashSet<string>());

    /// <summary>
    /// The security stamp of the session's sign-in; a write from a session whose stamp is no longer the account's
    /// (signed out everywhere, password changed, banned) is refused. Null only for actors built by trusted code
    /// (background services, tests), never for a browser session.
    /// </summary>
    public string? SecurityStamp { get; init; }

    /// <summary>The session signed in with a second factor; staff roles count only then (when two-factor is required for staff).</summary>
    public bool SignedInWithTwoFactor { get; init; }

    public bool IsSignedIn => UserId is not null;

    public bool IsInRole(string role) => Roles.Contains(role);

    public bool IsAdmin => IsInRole(Security.Roles.Admin);

    public bool IsModerator => IsInRole(Security.Roles.Moderator) || IsAdmin;

    /// <summary>An actor built by trusted code (background work, tests): no session stamp to compare, no second factor to ask for.</summary>
    public static Actor Member(string userId, params string[] roles) => new(userId, new HashSet<string>(roles)) { SignedInWithTwoFactor = true };

    /// <summary>The same session with the roles the database grants it now.</summary>
    public Actor WithRoles(IReadOnlySet<string> roles) => this with { Roles = roles };
}
