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
    // At least this many unmeasured messages, then on until tiered JIT compilation has settled (JitSettling): on this
    // 2-core machine the hot paths were still being recompiled for 20–30 s after the circuits opened, and a fixed 20
    // back-to-back comments (~4 s) had left the first third of the measured comments running beside the JIT.
    internal const int Warmup = 20;
    internal const int MaxWarmup = 240;

    public static async Task<List<BenchResult>> RunAsync(BenchOptions options, CancellationToken ct)
    {
        await using var site = await LiveBenchApp.StartAsync(options.Members, 0, ct);
        var viewers = options.Viewers;
        Console.WriteLine($"Opening {viewers:N0} circuits on /{site.ProposalPath}");
        Measured app;
        int appFailures;
        await using (var pool = await CircuitPool.OpenAsync(site.Address, site.ProposalPath, viewers, site.Http, site.Loggers, ct))
        {
            await Task.Delay(TimeSpan.FromSeconds(2), ct); // presence counts of the joins settle
            app = await MeasureAsync(site, options.Comments, token => pool.Clients.Select(c => c.WatchAsync(Encoding.UTF8.GetBytes(token))).ToList(),
                token => site.PostCommentAsync($"Fan-out check {token}", ct), ct);
            appFailures = app.Round.Missed + pool.Refused + pool.Failures.Total;
            PrintSamples(pool.Failures);
        }

        var payloadBytes = app.Round.MedianBytes;
        Console.WriteLine($"Opening {viewers:N0} raw hub connections; broadcasting {payloadBytes:N0}-byte payloads");
        var rawFailures = new CircuitFailures();
        var raw = await RawHubClient.OpenManyAsync(site.Address, viewers, site.Loggers, rawFailures, ct);
        var rawRound = await MeasureAsync(site, options.Comments, token => raw.Select(c => c.WatchAsync(token)).ToList(),
            token => site.BroadcastAsync(payloadBytes, token, ct), ct);
        PrintSamples(rawFailures);
        foreach (var client in raw)
        {
            await client.DisposeAsync();
        }

        var write = LatencyStats.From(site.ServiceTimes.Skip(app.WarmupSent).ToList());
        return
        [
            Result("app", viewers, app, appFailures, payloadBytes, $"comment POST to render batch, {options.Comments} comments every {Interval.TotalMilliseconds} ms; "
                + $"DiscussionService.PostAsync in the app p50 {write.P50:F1} ms, p99 {write.P99:F1} ms"),
            Result("raw", viewers, rawRound, rawRound.Round.Missed + rawFailures.Total, payloadBytes, "raw hub broadcast of the same size, MessagePack over WebSockets"),
        ];
    }

    /// <summary>
    /// Warms up until the app's JIT has settled, then, from a collected heap (the connections just opened are no longer
    /// young, and the warm-up's garbage is gone: each subject starts alike), runs the measured round.
    /// </summary>
    private static async Task<Measured> MeasureAsync(LiveBenchApp site, int count, Func<string, IReadOnlyList<Task<TokenSeen>>> watch,
        Func<string, Task> send, CancellationToken ct)
    {
        var settling = new JitSettling(site.Http, [site.Address]);
        var warmup = new FanoutWarmup(Warmup, MaxWarmup, settling.SettledAsync);
        var warmupSent = await FanoutRound.WarmUpAsync(warmup, Interval, DeliveryTimeout, watch, send, ct);
        var before = await site.MemoryAsync(ct);
        var cpu = CpuMeter.Start(site);
        var gcMark = await site.GcMarkAsync(ct);
        var round = await FanoutRound.RunAsync(count, Interval, DeliveryTimeout, watch, send, ct);
        cpu = cpu.Stop(site);
        var gcs = await site.GcsSinceAsync(gcMark, ct);
        var after = await site.MemoryAsync(ct);
        var deliveries = Math.Max(1, round.Stats.Count);
        Console.WriteLine($"  {warmupSent} warm-up messages; in the round the app's {gcs}");
        return new Measured(round, cpu, gcs, warmupSent, (after.HeapBytes - before.HeapBytes) / 1024.0 / deliveries);
    }

    private sealed record Measured(FanoutRound Round, CpuMeter Cpu, AppGcs Gcs, int WarmupSent, double RetainedKiBPerDelivery);

    private static BenchResult Result(string subject, int viewers, Measured measured, int failures, int payloadBytes, string note)
    {
        var (round, cpu, gcs) = (measured.Round, measured.Cpu, measured.Gcs);
        return new(subject, viewers, round.Stats, Note: note, Figures: new Dictionary<string, object?>
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
            // CPU per delivery over the measured round, in the app and in this load client: the cost per viewer.
            ["app_cpu_us_per_delivery"] = Math.Round(cpu.App.TotalMicroseconds / Math.Max(1, round.Sent * viewers), 1),
            ["client_cpu_us_per_delivery"] = Math.Round(cpu.Client.TotalMicroseconds / Math.Max(1, round.Sent * viewers), 1),
            ["alloc_kib_per_delivery"] = Math.Round(gcs.AllocatedBytes / 1024.0 / Math.Max(1, round.Sent * viewers), 1),
            // The app's garbage collections over the measured round: a pause holds up every delivery in flight.
            ["gc_count"] = gcs.All.Count,
            ["gc_pause_max_ms"] = Math.Round(gcs.MaxPauseMs, 1),
            ["gc_pause_total_ms"] = Math.Round(gcs.TotalPauseMs, 1),
            ["gc_promoted_mib_mean"] = Math.Round(gcs.MeanPromotedMib, 1),
            // What the app still holds per delivery after the round (a full collection before and after): each viewer's state.
            ["retained_kib_per_delivery"] = Math.Round(measured.RetainedKiBPerDelivery, 2),
            ["warmup_messages"] = measured.WarmupSent,
        });
    }

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
