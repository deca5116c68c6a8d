using System.Security.Claims;
using BeneluxClimate.Domain.Members;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace BeneluxClimate.App.Components.Account;

/// <summary>Adds the display name and whether two-factor sign-in is set up to the signed-in principal.</summary>
internal sealed class ClimateClaimsPrincipalFactory(
    UserManager<ClimateUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ClimateUser, IdentityRole>(users, roles, options)
{
    public const string DisplayNameClaim = "climate:name";
    public const string TwoFactorClaim = "climate:2fa";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ClimateUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DisplayNameClaim, string.IsNullOrWhiteSpace(user.DisplayName) ? user.Email ?? "" : user.DisplayName));
        identity.AddClaim(new Claim(TwoFactorClaim, user.TwoFactorEnabled ? "true" : "false"));
        return identity;
    }
}
