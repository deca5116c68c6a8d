using BeneluxClimate.App.Components;
using BeneluxClimate.App.Components.Account;
using BeneluxClimate.App.Localization;
using BeneluxClimate.App.Hosting.Proxy;
using BeneluxClimate.App.Preferences;
using BeneluxClimate.Domain.Persistence;

namespace BeneluxClimate.App.Hosting;

internal static class ClimatePipeline
{
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
    }

    public static void UseClimatePipeline(this WebApplication app)
    {
        app.UseReverseProxySupport();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
            app.UseHsts();
        }

        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseRequestLocalization();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseMiddleware<StaffTwoFactorMiddleware>(); // before authorization: staff pages would answer "access denied" first
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseOutputCache(); // after localization and authentication: the visitor cache varies by language, skips members
    }

    public static void MapClimateEndpoints(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapClimateHealthChecks();
        app.MapCultureEndpoints();
        app.MapThemeEndpoints();
        app.MapAccountEndpoints();
        app.MapModerationEndpoints();
        app.MapNewsEndpoints();
        app.MapEventEndpoints();
        app.MapRazorComponents<Components.App>().AddInteractiveServerRenderMode();
        app.MapLiveHub();
    }
}
