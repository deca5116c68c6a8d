namespace BeneluxClimate.App.Hosting.Bench;

/// <summary>The pages scenario's endpoints: a plain-text baseline and the server's own request durations.</summary>
internal static partial class BenchEndpoints
{
    public const string PlainTextPath = "/bench/plaintext";
    public const string RequestDurationsPath = "/bench/request-durations";

    private static void MapPlainTextEndpoints(this WebApplication app)
    {
        // The TechEmpower plaintext test through this app's pipeline: what a request costs before any page work.
        app.MapGet(PlainTextPath, () => Results.Text("Hello, World!", "text/plain"));

        // Cumulative per-route counts and summed durations as Kestrel measured them; the client takes differences.
        var durations = BenchRequestDurations.Start();
        app.Lifetime.ApplicationStopping.Register(durations.Dispose);
        app.MapGet(RequestDurationsPath, () => Results.Json(durations.Snapshot()));
    }
}
