using BeneluxClimate.App.Components.Account;
using BeneluxClimate.Domain.Security;
using Microsoft.Extensions.Options;

namespace BeneluxClimate.App.Hosting;

/// <summary>
/// Outside Development, moderators and admins must use two-factor sign-in: until they have set up an
/// authenticator app, every page sends them to the page that sets it up.
/// </summary>
internal sealed class StaffTwoFactorMiddleware(RequestDelegate next, IOptions<SecurityOptions> options)
{
    public const string SetupPath = "/Account/Manage/EnableAuthenticator";

    public Task InvokeAsync(HttpContext context)
    {
        if (options.Value.RequireTwoFactorForStaff && MustSetUpTwoFactor(context))
        {
            context.Response.Redirect($"{SetupPath}?required=true");
            return Task.CompletedTask;
        }

        return next(context);
    }

    private static bool MustSetUpTwoFactor(HttpContext context)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated != true
            || !Roles.RequiringTwoFactor.Any(user.IsInRole)
            || user.HasClaim(ClimateClaimsPrincipalFactory.TwoFactorClaim, "true"))
        {
            return false;
        }

        var path = context.Request.Path;
        var isPage = HttpMethods.IsGet(context.Request.Method) && context.Request.Headers.Accept.ToString().Contains("text/html");
        return isPage && !path.StartsWithSegments("/Account") && !path.StartsWithSegments("/culture") && !path.StartsWithSegments("/preferences");
    }
}
