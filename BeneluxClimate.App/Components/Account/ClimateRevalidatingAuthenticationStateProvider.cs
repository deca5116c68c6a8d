using System.Security.Claims;
using BeneluxClimate.App.Security;
using BeneluxClimate.Domain.Security;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace BeneluxClimate.App.Components.Account;

/// <summary>
/// Re-checks an open circuit's user every minute (configurable): a changed security stamp, a lockout or a
/// changed set of roles ends the circuit's rights without waiting for a reconnect.
/// </summary>
internal sealed class ClimateRevalidatingAuthenticationStateProvider(
    ILoggerFactory loggerFactory,
    AccountStatus accounts,
    IOptions<IdentityOptions> identity,
    IOptions<SecurityOptions> security,
    TimeProvider time)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromSeconds(security.Value.RevalidationSeconds);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState state, CancellationToken ct)
    {
        var principal = state.User;
        var userId = principal.FindFirstValue(identity.Value.ClaimsIdentity.UserIdClaimType);
        var snapshot = userId is null ? null : await accounts.GetAsync(userId, ct);
        if (snapshot is null || snapshot.IsLockedOut(time.GetUtcNow()))
        {
            return false;
        }

        var stamp = principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        var claimedRoles = principal.FindAll(identity.Value.ClaimsIdentity.RoleClaimType).Select(c => c.Value).ToHashSet();
        var roles = StaffRoles.Effective(snapshot.Roles, StaffTwoFactorClaims.SignedInWithTwoFactor(principal), security.Value.RequireTwoFactorForStaff);
        return stamp == snapshot.SecurityStamp && claimedRoles.SetEquals(roles);
    }
}
