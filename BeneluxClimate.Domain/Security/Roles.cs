namespace BeneluxClimate.Domain.Security;

/// <summary>The platform's roles. Every signed-up account is a Member; the others are granted by an Admin.</summary>
public static class Roles
{
    public const string Member = nameof(Member);
    public const string Moderator = nameof(Moderator);
    public const string EventHost = nameof(EventHost);
    public const string Admin = nameof(Admin);

    public static readonly IReadOnlyList<string> All = [Member, Moderator, EventHost, Admin];

    /// <summary>Staff roles must use two-factor sign-in outside Development.</summary>
    public static readonly IReadOnlyList<string> RequiringTwoFactor = [Moderator, Admin];
}
