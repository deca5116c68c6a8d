namespace BeneluxClimate.Domain.Security;

/// <summary>
/// The one rule for staff rights without a second factor: when two-factor sign-in is required for staff, a session that
/// did not sign in with one holds no staff role — on every page, endpoint, circuit, hub connection and command.
/// </summary>
public static class StaffRoles
{
    public static IReadOnlySet<string> Effective(IEnumerable<string> roles, bool signedInWithTwoFactor, bool requireTwoFactorForStaff)
    {
        var set = roles.ToHashSet();
        if (requireTwoFactorForStaff && !signedInWithTwoFactor)
        {
            set.ExceptWith(Roles.RequiringTwoFactor);
        }

        return set;
    }

    /// <summary>Whether the account holds a staff role it cannot use until it signs in with a second factor.</summary>
    public static bool AwaitingTwoFactor(IEnumerable<string> roles, bool signedInWithTwoFactor, bool requireTwoFactorForStaff) =>
        requireTwoFactorForStaff && !signedInWithTwoFactor && roles.Any(Roles.RequiringTwoFactor.Contains);
}
