using System.Net.Http.Json;
using BeneluxClimate.Domain.Partnerships;
using BeneluxClimate.Domain.Security;
using Microsoft.Extensions.DependencyInjection;
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
    private static readonly Dictionary<string, string> LoadSettings = new()
    {
        ["Bench:Enabled"] = "true",
        ["Discussion:CommentIntervalSeconds"] = "0",
        ["Discussion:NewAccountCommentIntervalSeconds"] = "0",
        ["RateLimits:WritesPerMemberPerMinute"] = "100000",
    };

    private readonly BenchDatabase database;
    private readonly AppProcess app;
    private readonly List<(Actor Actor, string Country)> writers;
    private int written;

    private LiveBenchApp(BenchDatabase database, AppProcess app, HttpClient http, List<(Actor Actor, string Country)> writers, int proposalId)
    {
        this.database = database;
        this.app = app;
        this.writers = writers;
        Http = http;
        ProposalId = proposalId;
    }

    public HttpClient Http { get; }

    public Uri Address => app.Address;

    public TimeSpan AppCpuTime => app.CpuTime;

    public int ProposalId { get; }

    public string ProposalPath => $"proposals/{ProposalId}";

    /// <summary>How long DiscussionService.PostAsync took inside the app, per comment posted, in the order they returned.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<double> ServiceTimes { get; } = [];

    /// <summary>One factory for every hub connection: each factory of its own would start a thread.</summary>
    public ILoggerFactory Loggers { get; } = NullLoggerFactory.Instance;

    public static async Task<LiveBenchApp> StartAsync(int members, int comments, CancellationToken ct)
    {
        var database = await BenchDatabase.CreateAsync(ct);
        var ids = await new DataGenerator(database.Contexts).GenerateAsync(members, ct);
        var writers = await DiscussionScenario.WritersAsync(database, ids, ct);
        var proposalId = await DiscussionScenario.ProposeAsync(database, writers[0], ct);
        var discussion = database.Services.GetRequiredService<DiscussionService>();
        for (var i = 0; i < comments; i++)
        {
            var writer = writers[(i + 1) % writers.Count].Actor;
            var posted = await discussion.PostAsync(writer, proposalId, new CommentInput(Guid.NewGuid(),
                $"Comment {i + 1}: in Liège we measured the **river levels** every week; Gent shares its sensors. {Guid.NewGuid():N}"), ct);
            if (!posted.Succeeded)
            {
                throw new InvalidOperationException($"Comment refused: {posted.Result.Refusal}");
            }
        }

        Console.WriteLine($"Generated {members:N0} members, a proposal with {comments} comments ({database.FilePath})");
        BenchDatabase.ReleaseConnections();
        var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, MaxConnectionsPerServer = 64 })
        {
            Timeout = TimeSpan.FromSeconds(60),
        };
        var app = await AppProcess.StartAsync(database.ConnectionString, http, ct, LoadSettings, serverGc: true);
        Console.WriteLine($"App started at {app.Address} (pid {app.ProcessId})");
        return new LiveBenchApp(database, app, http, writers, proposalId);
    }

    /// <summary>A comment by the next bench member, through the app's DiscussionService.</summary>
    public async Task PostCommentAsync(string body, CancellationToken ct)
    {
        var writer = writers[Interlocked.Increment(ref written) % writers.Count].Actor;
        using var response = await Http.PostAsJsonAsync(new Uri(Address, "bench/comment"), new { proposalId = ProposalId, userId = writer.UserId, body }, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"POST /bench/comment answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(ct)}");
        }

        var posted = await response.Content.ReadFromJsonAsync<PostedComment>(ct);
        ServiceTimes.Enqueue(posted!.ServiceMs);
    }

    private sealed record PostedComment(long Id, double ServiceMs);

    public async Task BroadcastAsync(int bytes, string token, CancellationToken ct)
    {
        using var response = await Http.PostAsync(new Uri(Address, $"bench/raw/broadcast?bytes={bytes}&token={Uri.EscapeDataString(token)}"), null, ct);
        response.EnsureSuccessStatusCode();
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
