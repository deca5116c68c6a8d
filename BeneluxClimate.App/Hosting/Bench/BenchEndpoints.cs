namespace BeneluxClimate.App.Hosting.Bench;

/// <summary>
/// Endpoints under /bench/ for the benchmarks, mapped only when <c>Bench:Enabled</c> is set: they add routes and
/// change nothing on the production ones (same pipeline, limits, authorization and pages).
/// </summary>
internal static partial class BenchEndpoints
{
    public const string EnabledSetting = "Bench:Enabled";

    public static bool IsEnabled(IConfiguration configuration) => configuration.GetValue<bool>(EnabledSetting);

    public static void MapBenchEndpoints(this WebApplication app)
    {
        if (!IsEnabled(app.Configuration))
        {
            return;
        }

        app.MapPlainTextEndpoints();
        app.MapFanoutEndpoints();
    }
}
