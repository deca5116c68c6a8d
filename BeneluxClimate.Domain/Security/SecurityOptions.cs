namespace BeneluxClimate.Domain.Security;

/// <summary>Account hardening settings (section "Security"); production defaults.</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    public int PasswordMinLength { get; set; } = 12;
    public int PasswordMaxLength { get; set; } = 128;
    public int LockoutFailures { get; set; } = 5;
    public int LockoutMinutes { get; set; } = 5;
    public bool RequireTwoFactorForStaff { get; set; } = true;

    /// <summary>How often open circuits re-check the signed-in user's rights.</summary>
    public int RevalidationSeconds { get; set; } = 60;
}
