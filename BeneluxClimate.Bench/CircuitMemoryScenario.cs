using BeneluxClimate.Bench.Circuits;

namespace BeneluxClimate.Bench;

/// <summary>
/// Memory per idle circuit on a proposal page with 50 comments, and per raw hub connection: the app's managed heap
/// after a full collection and its working set, before and after opening N of each (each against its own baseline;
/// the raw connections first, since the process keeps memory it once held for circuits).
/// </summary>
internal static class CircuitMemoryScenario
{
    private const int Comments = 50;
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(5);

    public static async Task<List<BenchResult>> RunAsync(BenchOptions options, CancellationToken ct)
    {
        await using var site = await LiveBenchApp.StartAsync(options.Members, Comments, ct);
        var count = options.Circuits;
        var path = options.Page ?? site.ProposalPath;
        await (await CircuitPool.OpenAsync(site.Address, path, 20, site.Http, site.Loggers, ct)).DisposeAsync(); // warm-up

        var before = await site.MemoryAsync(ct);
        Console.WriteLine($"Opening {count:N0} raw hub connections");
        var failures = new CircuitFailures();
        var raw = await RawHubClient.OpenManyAsync(site.Address, count, site.Loggers, failures, ct);
        await Task.Delay(Settle, ct);
        var rawResult = Result("raw", raw.Count, before, await site.MemoryAsync(ct), failures.Total, "idle raw hub connections (MessagePack, WebSockets)");
        foreach (var client in raw)
        {
            await client.DisposeAsync();
        }

        await Task.Delay(Settle, ct);
        before = await site.MemoryAsync(ct);
        Console.WriteLine($"Opening {count:N0} idle circuits on /{path}");
        BenchResult app;
        await using (var pool = await CircuitPool.OpenAsync(site.Address, path, count, site.Http, site.Loggers, ct))
        {
            await Task.Delay(Settle, ct);
            var after = await site.MemoryAsync(ct);
            app = Result("app", pool.Clients.Count, before, after, count - pool.Clients.Count + pool.Failures.Total,
                options.Page is null ? "idle circuits on the proposal page (50 comments), anonymous" : $"idle circuits on /{path}, anonymous");
            foreach (var sample in pool.Failures.Samples)
            {
                Console.Error.WriteLine("  " + sample);
            }
        }

        return [app, rawResult];
    }

    private static BenchResult Result(string subject, int connections, AppMemory before, AppMemory after, int failures, string note)
    {
        double? PerConnection(long delta) => connections == 0 ? null : Math.Round(delta / 1024.0 / connections, 1);
        return new BenchResult(subject, connections, LatencyStats.From([0]), Note: note, Figures: new Dictionary<string, object?>
        {
            ["connections"] = connections,
            ["heap_kib_per_connection"] = PerConnection(after.HeapBytes - before.HeapBytes),
            ["rss_kib_per_connection"] = PerConnection(after.WorkingSetBytes - before.WorkingSetBytes),
            ["heap_mib_before"] = Math.Round(before.HeapBytes / 1048576.0, 1),
            ["heap_mib_after"] = Math.Round(after.HeapBytes / 1048576.0, 1),
            ["failures"] = failures,
        });
    }
}
