using System.Net.Http.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BeneluxClimate.Bench;

/// <summary>
/// The real app with its bench endpoints (<c>Bench:Enabled</c>) on a fresh database: generated members, one
/// cross-border proposal with some comments, and production's limits set for a load of back-to-back comments. It runs with
/// the server GC, as in production (the Web SDK's default); only the load client uses the workstation GC.
/// </summary>
internal sealed class LiveBenchApp : IAsyncDisposable
{
    // Set the way the tests and the discussion scenario set them: through configuration, no path skips a limit.
    internal static readonly IReadOnlyDictionary<string, string> LoadSettings = new Dictionary<string, string>
    {
        ["Bench:Enabled"] = "true",
        ["Discussion:CommentIntervalSeconds"] = "0",
        ["Discussion:NewAccountCommentIntervalSeconds"] = "0",
        ["RateLimits:WritesPerMemberPerMinute"] = "100000",
    };

    private readonly BenchDatabase database;
    private readonly AppProcess app;
    private readonly BenchDiscussion discussion;

    private LiveBenchApp(BenchDatabase database, AppProcess app, HttpClient http, BenchDiscussion discussion)
    {
        this.database = database;
        this.app = app;
        this.discussion = discussion;
        Http = http;
    }

    public HttpClient Http { get; }

    public Uri Address => app.Address;

    public TimeSpan AppCpuTime => app.CpuTime;

    public int ProposalId => discussion.ProposalId;

    public string ProposalPath => discussion.ProposalPath;

    /// <summary>How long DiscussionService.PostAsync took inside the app, per comment posted, in the order they returned.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<double> ServiceTimes => discussion.ServiceTimes;

    /// <summary>One factory for every hub connection: each factory of its own would start a thread.</summary>
    public ILoggerFactory Loggers { get; } = NullLoggerFactory.Instance;

    public static async Task<LiveBenchApp> StartAsync(int members, int comments, CancellationToken ct)
    {
        var database = await BenchDatabase.CreateAsync(ct);
        var discussion = await BenchDiscussion.GenerateAsync(database, members, comments, ct);
        Console.WriteLine($"Generated {members:N0} members, a proposal with {comments} comments ({database.FilePath})");
        BenchDatabase.ReleaseConnections();
        var http = NewHttpClient();
        var app = await AppProcess.StartAsync(database.ConnectionString, http, ct, LoadSettings, serverGc: true);
        Console.WriteLine($"App started at {app.Address} (pid {app.ProcessId})");
        return new LiveBenchApp(database, app, http, discussion);
    }

    /// <summary>The load client's HTTP client: no redirects or cookies, enough connections for parallel circuit starts.</summary>
    internal static HttpClient NewHttpClient() =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, MaxConnectionsPerServer = 64 }) { Timeout = TimeSpan.FromSeconds(60) };

    /// <summary>A comment by the next bench member, through the app's DiscussionService.</summary>
    public Task PostCommentAsync(string body, CancellationToken ct) => discussion.PostAsync(Http, Address, body, ct);

    public async Task BroadcastAsync(int bytes, string token, CancellationToken ct)
    {
        using var response = await Http.PostAsync(new Uri(Address, $"bench/raw/broadcast?bytes={bytes}&token={Uri.EscapeDataString(token)}"), null, ct);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>The app's latest garbage collection and bytes allocated so far: pass it to <see cref="GcsSinceAsync"/>.</summary>
    public async Task<AppGcMark> GcMarkAsync(CancellationToken ct) =>
        await Http.GetFromJsonAsync<AppGcMark>(new Uri(Address, "bench/gc"), ct) ?? throw new InvalidOperationException("No GC figures.");

    /// <summary>The app's collections since <paramref name="mark"/>, and what it allocated meanwhile.</summary>
    public async Task<AppGcs> GcsSinceAsync(AppGcMark mark, CancellationToken ct)
    {
        var collections = await Http.GetFromJsonAsync<List<AppGc>>(new Uri(Address, $"bench/gc?since={mark.Index}"), ct) ?? [];
        var now = await GcMarkAsync(ct);
        return new AppGcs(collections, now.AllocatedBytes - mark.AllocatedBytes);
    }

    /// <summary>The app's managed heap after a full collection, and its working set.</summary>
    public async Task<AppMemory> MemoryAsync(CancellationToken ct) =>
        await Http.GetFromJsonAsync<AppMemory>(new Uri(Address, "bench/memory"), ct) ?? throw new InvalidOperationException("No memory figures.");

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        Http.Dispose();
        await database.DisposeAsync();
    }
}
