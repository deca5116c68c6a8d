using System.Security.Claims;
using BeneluxClimate.App.Components.Account;
using BeneluxClimate.Domain.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace BeneluxClimate.App.Security;

/// <summary>
/// Staff two-factor as an authorization rule: when it is required, a principal that did not sign in with a second
/// factor loses its staff role claims on every authenticated request — whatever its method or headers — before any
/// page, endpoint, circuit or hub connection sees it. It keeps a marker claim so the UI can say why.
/// </summary>
internal sealed class StaffTwoFactorClaims(IOptions<SecurityOptions> options) : IClaimsTransformation
{
    public const string AwaitingTwoFactorClaim = "climate:staff-awaiting-2fa";

    public Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        var roles = principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();
        if (!StaffRoles.AwaitingTwoFactor(roles, SignedInWithTwoFactor(principal), options.Value.RequireTwoFactorForStaff))
        {
            return Task.FromResult(principal);
        }

        var identity = new ClaimsIdentity(
            principal.Claims.Where(c => !(c.Type == ClaimTypes.Role && Roles.RequiringTwoFactor.Contains(c.Value))),
            principal.Identity?.AuthenticationType,
            ClaimTypes.Name,
            ClaimTypes.Role);
        identity.AddClaim(new Claim(AwaitingTwoFactorClaim, "true"));
        return Task.FromResult(new ClaimsPrincipal(identity));
    }

    public static bool SignedInWithTwoFactor(ClaimsPrincipal principal) =>
        principal.HasClaim(ClimateClaimsPrincipalFactory.TwoFactorClaim, "true");
}
