namespace BeneluxClimate.App.Hosting.Bench;

/// <summary>Endpoints under /bench for the benchmark suite; mapped only when <see cref="EnabledSetting"/> is true.</summary>
internal static partial class BenchEndpoints
{
    public const string EnabledSetting = "Bench:Enabled";

    public static bool IsEnabled(IConfiguration configuration) => configuration.GetValue<bool>(EnabledSetting);

    public static void MapBenchEndpoints(this WebApplication app)
    {
        app.MapFanoutEndpoints();
    }
}
