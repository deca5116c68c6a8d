using System.Security.Claims;
using BeneluxClimate.Domain.Security;
using Microsoft.AspNetCore.Components.Authorization;

namespace BeneluxClimate.App.Security;

/// <summary>
/// Builds the claimed <see cref="Actor"/> from the circuit's (or request's) authentication state: the roles as the
/// principal holds them (staff roles already dropped without two-factor, <see cref="StaffTwoFactorClaims"/>), the
/// session's security stamp and whether it signed in with a second factor, so every command can re-check them.
/// </summary>
internal sealed class ActorAccessor(AuthenticationStateProvider authentication)
{
    public const string SecurityStampClaim = "AspNet.Identity.SecurityStamp";

    public async Task<Actor> GetAsync()
    {
        var state = await authentication.GetAuthenticationStateAsync();
        return FromPrincipal(state.User);
    }

    public static Actor FromPrincipal(ClaimsPrincipal user)
    {
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (user.Identity?.IsAuthenticated != true || id is null)
        {
            return Actor.Anonymous;
        }

        return new Actor(id, user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet())
        {
            SecurityStamp = user.FindFirstValue(SecurityStampClaim),
            SignedInWithTwoFactor = StaffTwoFactorClaims.SignedInWithTwoFactor(user),
        };
    }
}
