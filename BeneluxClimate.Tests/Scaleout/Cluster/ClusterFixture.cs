using System.Diagnostics;
using System.Net;
using System.Text.Json;
using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Tests.Postgres;
using Microsoft.EntityFrameworkCore;

namespace BeneluxClimate.Tests.Scaleout.Cluster;

/// <summary>
/// A small site as it is deployed, started once for the cluster tests: a private redis-server, a database on the run's
/// PostgreSQL cluster, two app nodes started from the build output as their own processes (the demo data seeded once
/// between them), and nginx with the committed configuration in front of them.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(5) };

    public RedisServer Redis { get; } = new();

    public string Database { get; private set; } = "";

    public AppNode NodeA { get; private set; } = null!;

    public AppNode NodeB { get; private set; } = null!;

    public NginxServer Nginx { get; private set; } = null!;

    /// <summary>Settings every test node runs with (on top of its database and Redis).</summary>
    public static Dictionary<string, string> NodeSettings(string database, string? redis) => new()
    {
        ["Database:Provider"] = "Postgres",
        ["ConnectionStrings:Climate"] = database,
        ["ConnectionStrings:Redis"] = redis ?? "",
        ["Seed:DemoData"] = "true",
        ["Discussion:CommentIntervalSeconds"] = "0",
        ["RateLimits:AccountPostsPerIpPerMinute"] = "1000", // every browser signs in from loopback
        ["RateLimits:WritesPerMemberPerMinute"] = "1000",
        ["ReverseProxy:KnownProxies:0"] = "127.0.0.1",
    };

    public async Task InitializeAsync()
    {
        try
        {
            await Redis.InitializeAsync();
            Database = await (await PostgresServer.InstanceAsync()).CreateDatabaseAsync();
            var settings = NodeSettings(Database, Redis.ConnectionString);
            // Started together, as a deployment does: they take turns creating the roles and the demo data.
            var a = AppNode.StartAsync("node-a", settings);
            var b = AppNode.StartAsync("node-b", settings);
            await Task.WhenAll(a.ContinueWith(_ => { }), b.ContinueWith(_ => { }));
            NodeA = a.IsCompletedSuccessfully ? a.Result : null!;
            NodeB = b.IsCompletedSuccessfully ? b.Result : null!;
            await Task.WhenAll(a, b); // the first failure, now that both are kept for disposal
            Nginx = await NginxServer.StartAsync(NodeA.Port, NodeB.Port);
        }
        catch
        {
            await DisposeAsync(); // nothing started is left running when the cluster cannot start
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        if (Nginx is not null)
        {
            await Nginx.DisposeAsync();
        }

        foreach (var node in (AppNode?[])[NodeA, NodeB])
        {
            if (node is not null)
            {
                await node.DisposeAsync();
            }
        }

        await Redis.DisposeAsync();
        if (Database.Length > 0)
        {
            await (await PostgresServer.InstanceAsync()).DropDatabaseAsync(Database);
        }
    }

    /// <summary>The node that answered a request to <paramref name="address"/>'s <c>/healthz</c> with this affinity cookie (null: none).</summary>
    public static async Task<string?> NodeBehindAsync(Uri address, string? affinity)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(address, "/healthz"));
        if (affinity is not null)
        {
            request.Headers.Add("Cookie", $"climate_affinity={affinity}");
        }

        using var response = await Http.SendAsync(request);
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return report.RootElement.GetProperty("node").GetString();
    }

    /// <summary>
    /// An affinity cookie value that nginx sends to <paramref name="node"/>: random values are tried until one hashes
    /// onto it, then the route is confirmed a few times (nginx may still be avoiding a node that was just restarted).
    /// </summary>
    public async Task<string> AffinityForAsync(AppNode node)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(20))
        {
            var value = Guid.NewGuid().ToString("N");
            if (await NodeBehindAsync(Nginx.Address, value) == node.Name
                && await NodeBehindAsync(Nginx.Address, value) == node.Name
                && await NodeBehindAsync(Nginx.Address, value) == node.Name)
            {
                return value;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"No affinity cookie reached {node.Name} through nginx within 20 s.");
    }

    /// <summary>What a node's one-word health probe answers (e.g. <c>/healthz/redis</c>), with its HTTP status.</summary>
    public static async Task<(HttpStatusCode Status, string Body)> ProbeAsync(AppNode node, string path)
    {
        using var response = await Http.GetAsync(new Uri(node.Address, path));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Waits (bounded) until the probe answers <paramref name="expected"/>; fails with the last answer.</summary>
    public static async Task WaitForProbeAsync(AppNode node, string path, string expected, TimeSpan within)
    {
        var clock = Stopwatch.StartNew();
        var last = "";
        while (clock.Elapsed < within)
        {
            try
            {
                last = (await ProbeAsync(node, path)).Body;
                if (last == expected)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                last = e.Message;
            }

            await Task.Delay(200);
        }

        Assert.Fail($"{node.Name}{path} answered '{last}', not '{expected}', for {within.TotalSeconds} s.\n{node.Tail()}");
    }

    /// <summary>The stored comments with exactly this text, counted in the database (the truth, whatever the screens show).</summary>
    public static async Task<int> CountCommentsAsync(string database, string text)
    {
        await using var db = new PostgresClimateDbContext(new DbContextOptionsBuilder<PostgresClimateDbContext>().UseNpgsql(database).Options);
        return await db.Comments.CountAsync(c => c.Body == text);
    }

    /// <summary>The stored comments whose text starts with <paramref name="prefix"/>, by text.</summary>
    public static async Task<Dictionary<string, int>> CommentsStartingWithAsync(string database, string prefix)
    {
        await using var db = new PostgresClimateDbContext(new DbContextOptionsBuilder<PostgresClimateDbContext>().UseNpgsql(database).Options);
        return await db.Comments.Where(c => c.Body.StartsWith(prefix)).GroupBy(c => c.Body)
            .Select(g => new { Body = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Body, g => g.Count);
    }
}
