using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BeneluxClimate.Bench.Cluster;

/// <summary>
/// The scale-out configuration: app nodes (Production, bench endpoints on) on one private PostgreSQL database, with a
/// private Redis relaying live events between them. The bench migrates and fills the database before the nodes start,
/// through the domain's services on PostgreSQL. Everything it started goes on dispose, in reverse order.
/// </summary>
internal sealed class ClusterBenchApp : IAsyncDisposable
{
    private readonly List<IAsyncDisposable> started = [];
    private readonly List<AppProcess> nodes = [];

    private ClusterBenchApp()
    {
    }

    public HttpClient Http { get; } = LiveBenchApp.NewHttpClient();

    /// <summary>One factory for every hub connection: each factory of its own would start a thread.</summary>
    public ILoggerFactory Loggers { get; } = NullLoggerFactory.Instance;

    public IReadOnlyList<AppProcess> Nodes => nodes;

    public BenchDiscussion Discussion { get; private set; } = null!;

    public static async Task<ClusterBenchApp> StartAsync(int nodeCount, int members, CancellationToken ct)
    {
        var cluster = new ClusterBenchApp();
        try
        {
            var postgres = await cluster.Add(PostgresCluster.StartAsync());
            var redis = await cluster.Add(RedisProcess.StartAsync());
            Console.WriteLine($"PostgreSQL 15 at {postgres.ConnectionString}; Redis at {redis.ConnectionString}");
            var database = await cluster.Add(BenchDatabase.CreateOnPostgresAsync(postgres.ConnectionString, ct));
            cluster.Discussion = await BenchDiscussion.GenerateAsync(database, members, 0, ct);
            Console.WriteLine($"Generated {members:N0} members and a proposal on PostgreSQL");
            BenchDatabase.ReleaseConnections();
            var settings = new Dictionary<string, string>(LiveBenchApp.LoadSettings)
            {
                ["Database:Provider"] = "Postgres",
                ["ConnectionStrings:Redis"] = redis.ConnectionString,
            };
            for (var i = 0; i < nodeCount; i++)
            {
                var node = await cluster.Add(AppProcess.StartAsync(postgres.ConnectionString, cluster.Http, ct, settings, serverGc: true));
                cluster.nodes.Add(node);
                Console.WriteLine($"Node {NodeName(i)} started at {node.Address} (pid {node.ProcessId})");
            }

            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>node-a, node-b, …</summary>
    public static string NodeName(int index) => $"node-{(char)('a' + index)}";

    public async ValueTask DisposeAsync()
    {
        for (var i = started.Count - 1; i >= 0; i--)
        {
            try
            {
                await started[i].DisposeAsync();
            }
            catch (Exception e)
            {
                // Go on with the rest; the exit watchdogs remove the services' folders anyway.
                Console.Error.WriteLine($"Stopping {started[i].GetType().Name} failed: {e.Message}");
            }
        }

        Http.Dispose();
    }

    private async Task<T> Add<T>(Task<T> starting)
        where T : IAsyncDisposable
    {
        var service = await starting;
        started.Add(service);
        return service;
    }
}
