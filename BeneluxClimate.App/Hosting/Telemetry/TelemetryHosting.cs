using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace BeneluxClimate.App.Hosting.Telemetry;

/// <summary>
/// Metrics through OpenTelemetry: open circuits (ASP.NET Core's own circuit meter), live events per second and their
/// delivery lag (<see cref="LiveMetrics"/>), requests and the runtime. Exported over OTLP when
/// OTEL_EXPORTER_OTLP_ENDPOINT is set (the standard variable); without it nothing is collected or sent.
/// </summary>
internal static class TelemetryHosting
{
    private const string CircuitMeter = "Microsoft.AspNetCore.Components.Server.Circuits";

    public static void AddClimateTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<LiveMetrics>();
        services.AddSingleton<Domain.Live.ILiveEventObserver>(sp => sp.GetRequiredService<LiveMetrics>());
        if (string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            return;
        }

        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("BeneluxClimate", serviceInstanceId: Environment.MachineName + ":" + Environment.ProcessId))
            .WithMetrics(metrics => metrics
                .AddMeter(LiveMetrics.MeterName, CircuitMeter)
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddOtlpExporter());
    }
}
