using System.Text;
using BeneluxClimate.Bench.Circuits;
using BeneluxClimate.Bench.Cluster;

namespace BeneluxClimate.Bench;

/// <summary>
/// The fan-out across two app nodes on one PostgreSQL database with Redis between them (the scale-out configuration):
/// the viewers split half and half over the nodes, every comment is posted on node A, and node B's viewers get it
/// through the Redis relay. Timed as in <see cref="FanoutScenario"/>, per node and over all viewers.
/// </summary>
internal static class FanoutClusterScenario
{
    private const int NodeCount = 2;

    public static async Task<List<BenchResult>> RunAsync(BenchOptions options, CancellationToken ct)
    {
        await using var cluster = await ClusterBenchApp.StartAsync(NodeCount, options.Members, ct);
        var path = cluster.Discussion.ProposalPath;
        var pools = new List<CircuitPool>();
        try
        {
            for (var i = 0; i < NodeCount; i++)
            {
                var viewers = ViewersOn(i, options.Viewers);
                Console.WriteLine($"Opening {viewers:N0} circuits on {ClusterBenchApp.NodeName(i)} /{path}");
                pools.Add(await CircuitPool.OpenAsync(cluster.Nodes[i].Address, path, viewers, cluster.Http, cluster.Loggers, ct));
            }

            await Task.Delay(TimeSpan.FromSeconds(2), ct); // presence counts of the joins settle
            var watches = pools.Select(pool => (Func<string, IReadOnlyList<Task<TokenSeen>>>)(token =>
                pool.Clients.Select(c => c.WatchAsync(Encoding.UTF8.GetBytes(token))).ToList())).ToList();
            Func<string, Task> post = token => cluster.Discussion.PostAsync(cluster.Http, cluster.Nodes[0].Address, $"Fan-out check {token}", ct);
            var settling = new JitSettling(cluster.Http, cluster.Nodes.Select(n => n.Address).ToList());
            var warmupSent = await FanoutRound.WarmUpAsync(new FanoutWarmup(FanoutScenario.Warmup, FanoutScenario.MaxWarmup, settling.SettledAsync),
                FanoutScenario.Interval, FanoutScenario.DeliveryTimeout, watches, post, ct);
            var nodeCpu = cluster.Nodes.Select(n => n.CpuTime).ToList();
            var clientCpu = Environment.CpuUsage.TotalTime;
            var (all, perNode) = await FanoutRound.RunAsync(options.Comments, FanoutScenario.Interval, FanoutScenario.DeliveryTimeout, watches, post, ct);
            nodeCpu = cluster.Nodes.Select((n, i) => n.CpuTime - nodeCpu[i]).ToList();
            clientCpu = Environment.CpuUsage.TotalTime - clientCpu;
            foreach (var pool in pools)
            {
                foreach (var sample in pool.Failures.Samples)
                {
                    Console.Error.WriteLine("  " + sample);
                }
            }

            var write = LatencyStats.From(cluster.Discussion.ServiceTimes.Skip(warmupSent).ToList());
            var results = new List<BenchResult>();
            for (var i = 0; i < NodeCount; i++)
            {
                var how = i == 0 ? "where the comments are posted" : "through the Redis relay";
                results.Add(Result(ClusterBenchApp.NodeName(i), perNode[i], pools[i].Clients.Count + pools[i].Refused,
                    perNode[i].Missed + pools[i].Refused + pools[i].Failures.Total, nodeCpu[i], null, $"comment POST to render batch, {how}"));
            }

            results.Add(Result("all", all, options.Viewers, all.Missed + pools.Sum(p => p.Refused + p.Failures.Total),
                nodeCpu.Aggregate(TimeSpan.Zero, (sum, cpu) => sum + cpu), (clientCpu, write),
                $"both nodes; {options.Comments} comments every {FanoutScenario.Interval.TotalMilliseconds} ms on node-a; "
                + $"DiscussionService.PostAsync in node-a p50 {write.P50:F1} ms, p99 {write.P99:F1} ms"));
            return results;
        }
        finally
        {
            foreach (var pool in pools)
            {
                await pool.DisposeAsync();
            }
        }
    }

    /// <summary>Half the viewers on each node (node A takes the odd one).</summary>
    private static int ViewersOn(int node, int viewers) => viewers / NodeCount + (node < viewers % NodeCount ? 1 : 0);

    // CPU per delivery: a node's over its own viewers' deliveries, both nodes' together over all of them. The one load
    // client and the write serve both nodes, so their figures go with "all" only.
    private static BenchResult Result(string subject, FanoutRound round, int viewers, int failures, TimeSpan appCpu,
        (TimeSpan ClientCpu, LatencyStats Write)? whole, string note)
    {
        var figures = new Dictionary<string, object?>
        {
            ["viewers"] = viewers,
            ["nodes"] = NodeCount,
            ["p50_ms"] = Math.Round(round.Stats.P50, 1),
            ["p99_ms"] = Math.Round(round.Stats.P99, 1),
            ["max_ms"] = Math.Round(round.Stats.Max, 1),
            // Per comment, its first viewer on this node: when the node starts its fan-out (node B's, after the relay).
            ["first_p50_ms"] = Math.Round(round.FirstArrivals.P50, 1),
            ["first_p99_ms"] = Math.Round(round.FirstArrivals.P99, 1),
            ["deliveries"] = round.Stats.Count,
            ["failures"] = failures,
            ["payload_bytes"] = round.MedianBytes,
            ["send_p50_ms"] = Math.Round(round.Sends.P50, 1),
            ["app_cpu_us_per_delivery"] = Math.Round(appCpu.TotalMicroseconds / Math.Max(1, round.Sent * viewers), 1),
        };
        if (whole is { } both)
        {
            figures["client_cpu_us_per_delivery"] = Math.Round(both.ClientCpu.TotalMicroseconds / Math.Max(1, round.Sent * viewers), 1);
            // DiscussionService.PostAsync's own time inside node A, after the warm-up.
            figures["write_p50_ms"] = Math.Round(both.Write.P50, 1);
            figures["write_p99_ms"] = Math.Round(both.Write.P99, 1);
        }

        return new BenchResult(subject, viewers, round.Stats, Note: note, Figures: figures);
    }
}
