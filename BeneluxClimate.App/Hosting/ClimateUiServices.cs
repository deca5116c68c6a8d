using BeneluxClimate.App.Components.Account;
using BeneluxClimate.App.Components.Pages.Proposals.Discussion;
using BeneluxClimate.App.Hosting.Bench;
using BeneluxClimate.App.Hosting.Circuits;
using BeneluxClimate.App.Hosting.Proxy;
using BeneluxClimate.App.Hosting.Telemetry;
using BeneluxClimate.App.Hosting.VisitorCache;
using BeneluxClimate.App.Localization;
using BeneluxClimate.App.Security;
using BeneluxClimate.Domain.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.SignalR;
using MudBlazor;
using MudBlazor.Services;

namespace BeneluxClimate.App.Hosting;

internal static class ClimateUiServices
{
    /// <summary>Everything the web app adds on top of the domain: UI, localization, accounts, web hardening.</summary>
    public static void AddClimateUi(this WebApplicationBuilder builder)
    {
        // Serve package and framework assets from the build output in every environment (a no-op once published).
        builder.WebHost.UseStaticWebAssets();
        var services = builder.Services;
        var circuits = builder.Configuration.GetSection(CircuitLimitOptions.Section).Get<CircuitLimitOptions>() ?? new();
        services.AddRazorComponents()
            .AddInteractiveServerComponents(options => options.DisconnectedCircuitRetentionPeriod = TimeSpan.FromSeconds(circuits.DisconnectedRetentionSeconds))
            .AddHubOptions(options =>
            {
                options.MaximumReceiveMessageSize = circuits.MaximumReceiveMessageKiB * 1024L;
                options.AddFilter<CircuitHubGuard>();
            });
        services.AddCircuitProtection(builder.Configuration);
        services.AddMudServices(config =>
        {
            config.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomLeft;
            config.SnackbarConfiguration.PreventDuplicates = true;
            // Every circuit's popover service wakes on this period to detach closed popovers, popovers or not: at the
            // default half second, a thousand open screens woke the thread pool 2,000 times a second and walking their
            // timers took a tenth of the app's CPU (fanout benchmark in docs/benchmarks.md). A closed popover is hidden
            // already; this only delays removing its element.
            config.PopoverOptions.QueueDelay = TimeSpan.FromSeconds(5);
        });
        services.AddTransient<MudLocalizer, ResxMudLocalizer>();

        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(Cultures.Configure);

        services.AddClimateAccounts(builder.Configuration);
        services.AddScoped<ActorAccessor>();
        services.AddLiveHub();
        if (BenchEndpoints.IsEnabled(builder.Configuration))
        {
            services.AddBenchRawHub();
        }

        services.AddSingleton<TaxonomyText>();
        services.AddSingleton<ReadOnlyComments>();
        // Each node computes the count for its own viewers (on its own bus) from the shares the nodes exchange over the relay.
        services.AddSingleton(sp => new Live.PresenceTracker(sp.GetRequiredService<Domain.Live.InProcessLiveBus>(), sp.GetRequiredService<TimeProvider>(),
            relay: sp.GetRequiredService<Domain.Live.ILiveBus>()));
        services.AddSingleton<Live.TypingNotifier>();
        services.AddScoped<Live.CircuitLiveBus>();
        services.AddScoped<Components.Pages.Events.Session.SessionProposalPrefill>();

        services.AddDataProtection()
            .SetApplicationName("BeneluxClimate")
            .PersistKeysToDbContext<ClimateDbContext>();

        services.AddAccountRateLimiting(builder.Configuration);
        services.AddReverseProxySupport(builder.Configuration);
        services.AddClimateTelemetry(builder.Configuration);
        services.AddVisitorPageCache(builder.Configuration);
        services.AddClimateHealthChecks(builder.Configuration);
        services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
    }
}
