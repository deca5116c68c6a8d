using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace BeneluxClimate.Bench;

/// <summary>
/// Prerendered pages under load in one run: wrk against /members, /projects, a proposal page with its discussion (as
/// visitors get it, a shared copy, and rendered for every request as members get it), and the app's plain-text endpoint
/// as the baseline; the server's own time per page; and a dotnet-trace profile of the rendered proposal page under load.
/// </summary>
internal static class PagesScenario
{
    private const int SequentialRequests = 100;
    private const int WarmupSeconds = 5;
    private const int ProfileSeconds = 10;
    private const string CachedSubject = "/proposals/{id}";
    private const string UncachedSubject = "/proposals/{id}?q";

    public static async Task<int> RunAsync(BenchOptions options, CancellationToken ct)
    {
        if (!Wrk.IsInstalled())
        {
            Console.Error.WriteLine($"The pages scenario needs the wrk load generator: {Wrk.InstallHint}");
            return 3;
        }

        await using var database = await BenchDatabase.CreateAsync(ct);
        var clock = Stopwatch.StartNew();
        var network = await BenchNetwork.GenerateAsync(database, options, ct);
        Console.WriteLine($"Generated {options.Members:N0} members, {options.Projects:N0} projects and a proposal with {options.Comments} comments in {clock.Elapsed.TotalSeconds:F1} s");

        BenchDatabase.ReleaseConnections();
        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { Timeout = TimeSpan.FromSeconds(30) };
        // Throughput is the question here, so the app runs with the server GC its production build configures.
        await using var app = await AppProcess.StartAsync(database.ConnectionString, http, ct, new Dictionary<string, string> { ["Bench:Enabled"] = "true" }, serverGc: true);
        PageTarget[] targets =
        [
            new("plaintext", "bench/plaintext", "/bench/plaintext", "Hello, World!"),
            new("/members", "members", "/members", "data-testid=\"member-card\""),
            new("/projects", "projects", "/projects", "data-testid=\"project-card\""),
            new(CachedSubject, $"proposals/{network.ProposalId}", "/proposals/{Id:int}", "data-testid=\"comment\""),
            // The same page rendered for every request: the visitors' shared copy is never served for an address with a
            // query string (as for a member, who always gets their own render).
            new(UncachedSubject, $"proposals/{network.ProposalId}?bench=uncached", "/proposals/{Id:int}", "data-testid=\"comment\""),
        ];
        var results = new List<PageResult>();
        foreach (var target in targets)
        {
            results.Add(await MeasureAsync(http, app, target, options, ct));
        }

        Print(results, options);
        if (options.Profile)
        {
            await ProfileAsync(app, targets.Single(t => t.Subject == UncachedSubject), options, ct);
        }

        return results.Any(r => r.Load.Failures > 0) ? 1 : 0;
    }

    private static async Task<PageResult> MeasureAsync(HttpClient http, AppProcess app, PageTarget target, BenchOptions options, CancellationToken ct)
    {
        var url = new Uri(app.Address, target.Path);
        Console.WriteLine($"{target.Subject}: checking, {SequentialRequests} requests one at a time, {WarmupSeconds} s warm-up, {options.Duration} s of wrk with {options.Connections} connections");
        var before = await DurationsAsync(http, app, target.Route, ct);
        for (var i = 0; i < SequentialRequests; i++)
        {
            await CheckAsync(http, url, target.Expected, ct);
        }

        var sequential = (await DurationsAsync(http, app, target.Route, ct)) - before;
        await Wrk.RunAsync(url, options.Connections, WarmupSeconds, ct);
        before = await DurationsAsync(http, app, target.Route, ct);
        var load = await Wrk.RunAsync(url, options.Connections, options.Duration, ct);
        var underLoad = (await DurationsAsync(http, app, target.Route, ct)) - before;
        await CheckAsync(http, url, target.Expected, ct);
        return new PageResult(target.Subject, load, sequential.MeanMs, underLoad.MeanMs);
    }

    /// <summary>A page counts only with status 200 and the content its users come for.</summary>
    private static async Task CheckAsync(HttpClient http, Uri url, string expected, CancellationToken ct)
    {
        using var response = await http.GetAsync(url, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        if (response.StatusCode != HttpStatusCode.OK || !body.Contains(expected, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"GET {url.PathAndQuery} answered {(int)response.StatusCode} without {expected}.");
        }
    }

    private static async Task<ServerTime> DurationsAsync(HttpClient http, AppProcess app, string route, CancellationToken ct)
    {
        var all = await http.GetFromJsonAsync<Dictionary<string, ServerTime>>(new Uri(app.Address, "bench/request-durations"), JsonSerializerOptions.Web, ct)
            ?? throw new InvalidOperationException("No request durations.");
        return all.GetValueOrDefault(route) ?? new ServerTime(0, 0);
    }

    private static void Print(List<PageResult> results, BenchOptions options)
    {
        var plaintext = results.Single(r => r.Subject == "plaintext").Load.RequestsPerSecond;
        Console.WriteLine();
        Console.WriteLine($"{"subject",-18} {"req/s",9} {"p50 ms",8} {"p90 ms",8} {"p99 ms",8} {"failed",7} {"ratio",7} {"server ms (1 conn)",19} {"server ms (load)",17}");
        Console.WriteLine(new string('-', 110));
        foreach (var r in results)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{r.Subject,-18} {r.Load.RequestsPerSecond,9:F0} {r.Load.P50Ms,8:F2} {r.Load.P90Ms,8:F2} {r.Load.P99Ms,8:F2} {r.Load.Failures,7} {r.Load.RequestsPerSecond / plaintext,7:F3} {r.ServerMsSequential,19:F2} {r.ServerMsUnderLoad,17:F2}"));
        }

        var proposal = results.Single(r => r.Subject == CachedSubject).Load.RequestsPerSecond;
        var rendered = results.Single(r => r.Subject == UncachedSubject);
        Console.WriteLine($"\nTarget: proposal page at least 1/20 of plaintext: {proposal / plaintext:F3} {(proposal * 20 >= plaintext ? "holds" : "missed")}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Rendered for every request (members, addresses with a query): {rendered.Load.RequestsPerSecond / plaintext:F3} of plaintext, {rendered.ServerMsSequential:F2} ms of server time per page"));
        Console.WriteLine();
        foreach (var r in results)
        {
            Console.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object?>
            {
                ["scenario"] = "pages",
                ["subject"] = r.Subject,
                ["members"] = options.Members,
                ["projects"] = options.Projects,
                ["connections"] = options.Connections,
                ["duration_s"] = options.Duration,
                ["requests"] = r.Load.Requests,
                ["failures"] = r.Load.Failures,
                ["requests_per_s"] = Math.Round(r.Load.RequestsPerSecond, 1),
                ["p50_ms"] = Math.Round(r.Load.P50Ms, 3),
                ["p99_ms"] = Math.Round(r.Load.P99Ms, 3),
                ["ratio_to_plaintext"] = Math.Round(r.Load.RequestsPerSecond / plaintext, 4),
                ["server_ms_sequential"] = Math.Round(r.ServerMsSequential, 3),
                ["server_ms_under_load"] = Math.Round(r.ServerMsUnderLoad, 3),
            }));
        }
    }

    private static async Task ProfileAsync(AppProcess app, PageTarget target, BenchOptions options, CancellationToken ct)
    {
        if (DotnetTrace.Locate() is null)
        {
            Console.WriteLine($"\nNo profile: dotnet-trace is missing ({DotnetTrace.InstallHint}).");
            return;
        }

        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "climate-bench-traces")).FullName;
        var path = Path.Combine(folder, $"proposal-page-{DateTime.UtcNow:yyyyMMdd-HHmmss}.nettrace");
        Console.WriteLine($"\nProfiling the proposal page rendered for every request under load ({ProfileSeconds} s of dotnet-trace during wrk)…");
        var load = Wrk.RunAsync(new Uri(app.Address, target.Path), options.Connections, ProfileSeconds + 6, ct);
        await Task.Delay(TimeSpan.FromSeconds(2), ct);
        await DotnetTrace.CollectAsync(app.ProcessId, ProfileSeconds, path, ct);
        await load;
        Console.WriteLine($"Trace: {path} (speedscope: {Path.ChangeExtension(path, ".speedscope.json")})");
        Console.WriteLine("\nTop methods by exclusive time (samples of all threads, idle waits included):");
        Console.WriteLine(await DotnetTrace.TopAsync(path, 25, inclusive: false, ct));
        Console.WriteLine("Top methods by inclusive time:");
        Console.WriteLine(await DotnetTrace.TopAsync(path, 40, inclusive: true, ct));
    }

    private sealed record PageTarget(string Subject, string Path, string Route, string Expected);

    private sealed record PageResult(string Subject, WrkResult Load, double ServerMsSequential, double ServerMsUnderLoad);

    /// <summary>Requests on one route and their summed server-side duration, as /bench/request-durations reports them.</summary>
    private sealed record ServerTime(long Count, double TotalMs)
    {
        public double MeanMs => Count == 0 ? double.NaN : TotalMs / Count;

        public static ServerTime operator -(ServerTime after, ServerTime before) => new(after.Count - before.Count, after.TotalMs - before.TotalMs);
    }
}
