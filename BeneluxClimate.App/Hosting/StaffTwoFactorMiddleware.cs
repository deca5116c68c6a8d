using BeneluxClimate.App.Security;
using Microsoft.AspNetCore.Components.Endpoints;

namespace BeneluxClimate.App.Hosting;

/// <summary>
/// A convenience, not the control: staff who have not signed in with a second factor hold no staff rights anywhere
/// (<see cref="StaffTwoFactorClaims"/>). This only sends them from any page to the page that sets up an authenticator,
/// so they learn why rather than meeting "access denied".
/// </summary>
internal sealed class StaffTwoFactorMiddleware(RequestDelegate next)
{
    public const string SetupPath = "/Account/Manage/EnableAuthenticator";

    public Task InvokeAsync(HttpContext context)
    {
        if (MustSetUpTwoFactor(context))
        {
            context.Response.Redirect($"{SetupPath}?required=true");
            return Task.CompletedTask;
        }

        return next(context);
    }

    private static bool MustSetUpTwoFactor(HttpContext context)
    {
        if (!context.User.HasClaim(StaffTwoFactorClaims.AwaitingTwoFactorClaim, "true") || !HttpMethods.IsGet(context.Request.Method))
        {
            return false;
        }

        var path = context.Request.Path;
        var isPage = context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is not null;
        return isPage && !path.StartsWithSegments("/Account") && !path.StartsWithSegments("/culture") && !path.StartsWithSegments("/preferences");
    }
}
