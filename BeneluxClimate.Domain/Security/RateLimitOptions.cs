namespace BeneluxClimate.Domain.Security;

/// <summary>Rate limits (section "RateLimits"); production defaults. Development relaxes the per-IP ones.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Sign-in, registration and password-reset posts per IP address per minute.</summary>
    public int AccountPostsPerIpPerMinute { get; set; } = 10;

    /// <summary>Writes per member per minute, for each kind of write.</summary>
    public int WritesPerMemberPerMinute { get; set; } = 30;
}
