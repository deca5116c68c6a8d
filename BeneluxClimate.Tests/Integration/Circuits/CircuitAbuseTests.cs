extern alias bench;

using System.Diagnostics;
using System.Text;
using bench::BeneluxClimate.Bench.Circuits;
using BeneluxClimate.Domain.Partnerships;
using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Tests.Builders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit.Abstractions;

namespace BeneluxClimate.Tests.Integration.Circuits;

/// <summary>
/// A script on one circuit, or one member or address opening many, against the app over real sockets with the circuit
/// protocol the browser speaks (the load client of the benchmarks).
/// </summary>
public sealed class CircuitAbuseTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly ClimateAppFactory app = new(overrides: new()
    {
        ["RateLimits:AccountPostsPerIpPerMinute"] = "1000",
        ["Security:RequireTwoFactorForStaff"] = "false",
        ["Discussion:CommentIntervalSeconds"] = "0",
        ["Circuits:EventsPerSecond"] = "20",
        ["Circuits:EventBurst"] = "40",
        ["Circuits:ThrottledSecondsBeforeDisconnect"] = "3",
        ["Circuits:MaxPerMember"] = "3",
        ["Circuits:MaxPerIp"] = "12",
    });

    private readonly HttpClient http = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });
    private readonly List<CircuitClient> circuits = [];
    private Uri address = null!;

    public Task InitializeAsync()
    {
        address = app.StartKestrel();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        foreach (var circuit in circuits)
        {
            await circuit.DisposeAsync();
        }

        http.Dispose();
        await app.DisposeAsync();
    }

    [Fact]
    public async Task A_script_flooding_its_circuit_is_closed_while_the_other_viewers_keep_getting_comments_within_a_second()
    {
        var anna = await ActorAsync("anna@demo.test");
        var proposalId = await ProposalAsync(anna);
        var viewerFailures = new CircuitFailures();
        var viewers = new List<CircuitClient>();
        for (var i = 0; i < 4; i++)
        {
            viewers.Add(await OpenAsync($"/proposals/{proposalId}", viewerFailures));
        }

        var abuserFailures = new CircuitFailures();
        var abuser = await OpenAsync($"/proposals/{proposalId}", abuserFailures);
        var discussion = app.Services.GetRequiredService<DiscussionService>();
        await PostAndTimeArrivalsAsync(discussion, anna, proposalId, viewers, "before-the-flood"); // the path's first use is not the flood's doing

        using var stop = new CancellationTokenSource();
        var sent = 0;
        // The script runs on a thread of its own, as it would on its own machine, not on a pool thread the app needs.
        var flood = Task.Factory.StartNew(() =>
        {
            // Acknowledgements of render batches that never were: harmless each, thousands a minute from a script.
            for (long batch = 1_000_000; !stop.IsCancellationRequested && abuser.IsConnected; batch++)
            {
                try
                {
                    abuser.SendRawAsync("OnRenderCompleted", [batch, null], stop.Token).GetAwaiter().GetResult();
                    sent++;
                }
                catch (Exception e) when (e is OperationCanceledException or InvalidOperationException or IOException)
                {
                    break;
                }
            }
        }, TaskCreationOptions.LongRunning);

        var delays = new List<double>();
        for (var n = 0; n < 20; n++)
        {
            delays.AddRange(await PostAndTimeArrivalsAsync(discussion, anna, proposalId, viewers, $"flood-check-{n}"));
            await Task.Delay(150);
        }

        // The client reports the closed connection a moment after its state turns Disconnected: wait for both.
        await WaitUntilAsync(() => !abuser.IsConnected && abuserFailures.TerminatedCircuits > 0, TimeSpan.FromSeconds(10));
        await stop.CancelAsync();
        await flood;
        delays.Sort();
        var p99 = delays[(int)Math.Ceiling(0.99 * delays.Count) - 1];
        output.WriteLine($"{{\"scenario\":\"circuit-flood\",\"messages_written_by_script\":{sent},\"viewers\":{viewers.Count},\"p50_ms\":{delays[delays.Count / 2]:F1},\"p99_ms\":{p99:F1}}}");
        Assert.False(abuser.IsConnected, $"the flooding circuit is still open after {sent} events");
        Assert.Equal(1, abuserFailures.TerminatedCircuits);
        Assert.Equal(0, viewerFailures.Total);
        Assert.True(p99 < 1000, $"the other viewers' p99 was {p99:F0} ms during the flood");
    }

    [Fact]
    public async Task A_message_over_the_size_limit_ends_the_connection_and_one_under_it_does_not()
    {
        var failures = new CircuitFailures();
        var circuit = await OpenAsync("/", failures);

        await circuit.SendRawAsync("BeginInvokeDotNetFromJS", ["1", "BeneluxClimate.App", "NoSuchMethod", 0L, "[\"" + new string('x', 100 * 1024) + "\"]"]);
        await Task.Delay(500);
        Assert.True(circuit.IsConnected, "a 100 KiB message is within the 256 KiB limit");

        await circuit.SendRawAsync("BeginInvokeDotNetFromJS", ["2", "BeneluxClimate.App", "NoSuchMethod", 0L, "[\"" + new string('x', 300 * 1024) + "\"]"]);
        await WaitUntilAsync(() => !circuit.IsConnected && failures.TerminatedCircuits > 0, TimeSpan.FromSeconds(5));
        Assert.False(circuit.IsConnected, "a 300 KiB message is over the limit");
        Assert.Equal(1, failures.TerminatedCircuits);
    }

    [Fact]
    public async Task A_member_can_open_three_windows_and_the_fourth_is_refused_until_one_closes()
    {
        var cookie = await SignInAsync("joost@demo.test");
        var windows = new List<CircuitClient>();
        for (var i = 0; i < 3; i++)
        {
            windows.Add(await OpenAsync("/members", new CircuitFailures(), cookie));
        }

        await Assert.ThrowsAnyAsync<Exception>(() => OpenAsync("/members", new CircuitFailures(), cookie));
        var visitor = await OpenAsync("/members", new CircuitFailures()); // someone else on the same address is not held back

        await windows[0].DisposeAsync();
        circuits.Remove(windows[0]);
        await WaitUntilAsync(() => !windows[0].IsConnected, TimeSpan.FromSeconds(5));
        var again = await RetryAsync(() => OpenAsync("/members", new CircuitFailures(), cookie));
        Assert.True(again.IsConnected && visitor.IsConnected);
    }

    [Fact]
    public async Task One_address_can_hold_twelve_circuits_and_the_thirteenth_is_refused()
    {
        for (var i = 0; i < 12; i++)
        {
            await OpenAsync("/", new CircuitFailures());
        }

        await Assert.ThrowsAnyAsync<Exception>(() => OpenAsync("/", new CircuitFailures()));
    }

    /// <summary>Posts a comment and returns, for each viewer, the milliseconds until it was in that viewer's render batch.</summary>
    private static async Task<IEnumerable<double>> PostAndTimeArrivalsAsync(DiscussionService discussion, Actor author, int proposalId, List<CircuitClient> viewers, string label)
    {
        var token = $"{label}-{Guid.NewGuid():N}";
        var seen = viewers.Select(v => v.WatchAsync(Encoding.UTF8.GetBytes(token))).ToList();
        var started = Stopwatch.GetTimestamp();
        Assert.True((await discussion.PostAsync(author, proposalId, new CommentInput(Guid.NewGuid(), token))).Succeeded);
        var arrivals = await Task.WhenAll(seen).WaitAsync(TimeSpan.FromSeconds(10));
        return arrivals.Select(arrival => Stopwatch.GetElapsedTime(started, arrival.Timestamp).TotalMilliseconds);
    }

    private async Task<CircuitClient> OpenAsync(string path, CircuitFailures failures, string? cookie = null)
    {
        var page = await PrerenderedPage.GetAsync(http, new Uri(address, path), cookie, CancellationToken.None);
        var client = await CircuitClient.StartAsync(page, address, http, NullLoggerFactory.Instance, failures, cookie, CancellationToken.None);
        circuits.Add(client);
        return client;
    }

    private async Task<string> SignInAsync(string email) => (await FormSignIn.CookiesAsync(address, email)).GetCookieHeader(address);

    private async Task<Actor> ActorAsync(string email)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ClimateDbContext>>().CreateDbContextAsync();
        return Actor.Member(await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(), Roles.Member);
    }

    private async Task<int> ProposalAsync(Actor author)
    {
        var created = await app.Services.GetRequiredService<ProposalService>().CreateAsync(author, ProposalInputs.Valid());
        Assert.True(created.Succeeded);
        return created.ProposalId!.Value;
    }

    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (!condition() && clock.Elapsed < timeout)
        {
            await Task.Delay(50);
        }
    }

    // The server counts a closed circuit out when it sees the connection end, a moment after the client closed it.
    private static async Task<T> RetryAsync<T>(Func<Task<T>> attempt)
    {
        for (var i = 0; ; i++)
        {
            try
            {
                return await attempt();
            }
            catch (Exception) when (i < 20)
            {
                await Task.Delay(100);
            }
        }
    }
}
