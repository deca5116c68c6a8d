using System.Text.Json.Serialization;
using BeneluxClimate.App.Hubs;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace BeneluxClimate.App.Hosting;

/// <summary>The SignalR hub for integrations at <see cref="LiveHub.Path"/>.</summary>
internal static class LiveHubHosting
{
    public static void AddLiveHub(this IServiceCollection services)
    {
        services.AddSignalR().AddJsonProtocol(options =>
            options.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase)));
        services.AddSingleton<LiveHubRelay>();

        // A hub client is not a browser: answer 401/403 instead of redirecting it to the sign-in page.
        services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, options =>
        {
            var toLogin = options.Events.OnRedirectToLogin;
            var toDenied = options.Events.OnRedirectToAccessDenied;
            options.Events.OnRedirectToLogin = context => ForHub(context, StatusCodes.Status401Unauthorized) ?? toLogin(context);
            options.Events.OnRedirectToAccessDenied = context => ForHub(context, StatusCodes.Status403Forbidden) ?? toDenied(context);
        });
    }

    public static void MapLiveHub(this WebApplication app) => app.MapHub<LiveHub>(LiveHub.Path);

    private static Task? ForHub(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (!context.Request.Path.StartsWithSegments(LiveHub.Path))
        {
            return null;
        }

        context.Response.StatusCode = status;
        if (context.HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>() is { } pages)
        {
            pages.Enabled = false; // a re-executed page would answer the client's POST with an antiforgery 400
        }

        return Task.CompletedTask;
    }
}
