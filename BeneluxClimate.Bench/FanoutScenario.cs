using System.Text;
using BeneluxClimate.Bench.Circuits;

namespace BeneluxClimate.Bench;

/// <summary>
/// N live circuits view one proposal while comments are posted at a steady rate: per comment, the time from just
/// before the POST until each viewer's render batch holds it. Then, in the same app, N plain SignalR connections get
/// as many broadcasts of the same size from the raw bench hub.
/// </summary>
internal static class FanoutScenario
{
    internal static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);
    internal static readonly TimeSpan DeliveryTimeout = TimeSpan.FromSeconds(30);
    // Enough comments to take the write path and the circuits' render path through tiered JIT compilation, so the
    // figures are those of a server that has been running, not of its first minute.
    internal const int Warmup = 20;

    public static async Task<List<BenchResult>> RunAsync(BenchOptions options, CancellationToken ct)
    {
        await using var site = await LiveBenchApp.StartAsync(options.Members, 0, ct);
        var viewers = options.Viewers;
        Console.WriteLine($"Opening {viewers:N0} circuits on /{site.ProposalPath}");
        FanoutRound app;
        int appFailures;
        CpuMeter appCpu;
        await using (var pool = await CircuitPool.OpenAsync(site.Address, site.ProposalPath, viewers, site.Http, site.Loggers, ct))
        {
            await Task.Delay(TimeSpan.FromSeconds(2), ct); // presence counts of the joins settle
            appCpu = CpuMeter.Start(site);
            app = await FanoutRound.RunAsync(options.Comments, Warmup, Interval, DeliveryTimeout, token =>
                    pool.Clients.Select(c => c.WatchAsync(Encoding.UTF8.GetBytes(token))).ToList(),
                token => site.PostCommentAsync($"Fan-out check {token}", ct), ct);
            appCpu = appCpu.Stop(site);
            appFailures = app.Missed + pool.Refused + pool.Failures.Total;
            PrintSamples(pool.Failures);
        }

        var payloadBytes = app.MedianBytes;
        Console.WriteLine($"Opening {viewers:N0} raw hub connections; broadcasting {payloadBytes:N0}-byte payloads");
        var rawFailures = new CircuitFailures();
        var raw = await RawHubClient.OpenManyAsync(site.Address, viewers, site.Loggers, rawFailures, ct);
        var rawCpu = CpuMeter.Start(site);
        var rawRound = await FanoutRound.RunAsync(options.Comments, Warmup, Interval, DeliveryTimeout, token =>
                raw.Select(c => c.WatchAsync(token)).ToList(),
            token => site.BroadcastAsync(payloadBytes, token, ct), ct);
        rawCpu = rawCpu.Stop(site);
        PrintSamples(rawFailures);
        foreach (var client in raw)
        {
            await client.DisposeAsync();
        }

        var write = LatencyStats.From(site.ServiceTimes.Skip(Warmup).ToList());
        return
        [
            Result("app", viewers, app, appCpu, appFailures, payloadBytes, $"comment POST to render batch, {options.Comments} comments every {Interval.TotalMilliseconds} ms; "
                + $"DiscussionService.PostAsync in the app p50 {write.P50:F1} ms, p99 {write.P99:F1} ms"),
            Result("raw", viewers, rawRound, rawCpu, rawRound.Missed + rawFailures.Total, payloadBytes, "raw hub broadcast of the same size, MessagePack over WebSockets"),
        ];
    }

    private static BenchResult Result(string subject, int viewers, FanoutRound round, CpuMeter cpu, int failures, int payloadBytes, string note) =>
        new(subject, viewers, round.Stats, Note: note, Figures: new Dictionary<string, object?>
        {
            ["viewers"] = viewers,
            ["p50_ms"] = Math.Round(round.Stats.P50, 1),
            ["p99_ms"] = Math.Round(round.Stats.P99, 1),
            ["max_ms"] = Math.Round(round.Stats.Max, 1),
            ["first_p50_ms"] = Math.Round(round.FirstArrivals.P50, 1), // per comment, its first viewer: when the fan-out starts
            ["deliveries"] = round.Stats.Count,
            ["failures"] = failures,
            ["payload_bytes"] = payloadBytes,
            ["send_p50_ms"] = Math.Round(round.Sends.P50, 1), // the POST alone: the write, or the broadcast's hand-off
            // CPU per delivery over the round (warm-up included), in the app and in this load client: the cost per viewer.
            ["app_cpu_us_per_delivery"] = Math.Round(cpu.App.TotalMicroseconds / Math.Max(1, round.Sent * viewers), 1),
            ["client_cpu_us_per_delivery"] = Math.Round(cpu.Client.TotalMicroseconds / Math.Max(1, round.Sent * viewers), 1),
        });

    /// <summary>CPU time of the app and of this load client between <see cref="Start"/> and <see cref="Stop"/>.</summary>
    private readonly record struct CpuMeter(TimeSpan App, TimeSpan Client)
    {
        public static CpuMeter Start(LiveBenchApp site) => new(site.AppCpuTime, Environment.CpuUsage.TotalTime);

        public CpuMeter Stop(LiveBenchApp site) => new(site.AppCpuTime - App, Environment.CpuUsage.TotalTime - Client);
    }

    private static void PrintSamples(CircuitFailures failures)
    {
        foreach (var sample in failures.Samples)
        {
            Console.Error.WriteLine("  " + sample);
        }
    }
}
