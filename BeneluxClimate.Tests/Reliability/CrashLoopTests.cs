using System.Collections.Concurrent;
using System.Net.Http.Json;
using BeneluxClimate.Domain.Persistence.Backups;
using BeneluxClimate.Tests.Scaleout.Cluster;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace BeneluxClimate.Tests.Reliability;

/// <summary>
/// The app as its own process on SQLite, 32 members posting to one proposal over HTTP from this process, killed with
/// SIGKILL at a random moment five times and started again: the database stays sound and keeps every comment the app
/// acknowledged, once.
/// </summary>
[Trait("Category", "Long")]
public sealed class CrashLoopTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Writers = 32;
    private const int Rounds = 5;
    private readonly string directory = Directory.CreateTempSubdirectory("climate-crash-").FullName;
    private readonly HttpClient http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private AppNode node = null!;

    private string DatabaseFile => Path.Combine(directory, "climate.db");

    public async Task InitializeAsync() => node = await AppNode.StartAsync("crash", new Dictionary<string, string>
    {
        ["ConnectionStrings:Climate"] = $"Data Source={DatabaseFile}",
        ["Seed:DemoData"] = "true",
        ["Bench:Enabled"] = "true", // adds the load client's comment endpoint, which writes through the real service
        ["Discussion:CommentIntervalSeconds"] = "0",
        ["Discussion:ThreadLimit"] = "1000000",
        ["RateLimits:WritesPerMemberPerMinute"] = "1000000",
    });

    public async Task DisposeAsync()
    {
        await node.DisposeAsync();
        http.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task Killed_five_times_under_load_the_database_is_sound_and_keeps_every_acknowledged_comment_once()
    {
        var (proposalId, members) = await ArrangeAsync();
        var acknowledged = new ConcurrentDictionary<long, string>();
        var random = new Random(20261206);
        for (var round = 1; round <= Rounds; round++)
        {
            using var stop = new CancellationTokenSource();
            var load = Task.WhenAll(Enumerable.Range(0, Writers).Select(w => PostUntilStoppedAsync(round, w, members[w % members.Count], proposalId, acknowledged, stop.Token)));
            var killAfter = TimeSpan.FromMilliseconds(random.Next(2000, 8000));
            var before = acknowledged.Count;
            var backupChecked = round == 1 ? BackUpDuringLoadAsync(acknowledged, proposalId) : Task.CompletedTask;
            await Task.Delay(killAfter);
            await backupChecked;
            await node.KillAsync();
            await stop.CancelAsync();
            await load;
            output.WriteLine($"round {round}: killed after {killAfter.TotalSeconds:F1} s, {acknowledged.Count - before} comments acknowledged");
            Assert.True(acknowledged.Count > before, $"round {round} acknowledged nothing\n{node.Tail()}");
            await node.StartAsync();
        }

        await node.KillAsync();
        Assert.Equal("ok", await SqliteBackup.IntegrityAsync($"Data Source={DatabaseFile}"));
        var stored = await StoredAsync(proposalId);
        var missing = acknowledged.Where(a => !stored.TryGetValue(a.Key, out var body) || body != a.Value).ToList();
        var bodies = stored.Values.Where(b => b.StartsWith("crash ", StringComparison.Ordinal)).ToList();
        output.WriteLine($"{{\"scenario\":\"crash-loop\",\"kills\":{Rounds},\"writers\":{Writers},\"acknowledged\":{acknowledged.Count},\"missing\":{missing.Count},\"integrity\":\"ok\"}}");
        Assert.Empty(missing);
        Assert.Equal(bodies.Count, bodies.Distinct().Count());
    }

    // The backup command, as an operator runs it beside the live app: a sound copy with everything acknowledged before it.
    private async Task BackUpDuringLoadAsync(ConcurrentDictionary<long, string> acknowledged, int proposalId)
    {
        await Task.Delay(1000);
        var before = acknowledged.ToArray();
        var file = Path.Combine(directory, "during-load.db");
        var command = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { AppNode.LocateAppDll(), "backup", file, $"--ConnectionStrings:Climate=Data Source={DatabaseFile}" })
        {
            command.ArgumentList.Add(argument);
        }

        using var process = System.Diagnostics.Process.Start(command)!;
        var said = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        output.WriteLine($"backup during load: {said.Trim()}");
        Assert.True(process.ExitCode == 0, said);
        var copied = await StoredAsync(proposalId, file);
        Assert.DoesNotContain(before, a => !copied.ContainsKey(a.Key));
    }

    private async Task PostUntilStoppedAsync(int round, int writer, string userId, int proposalId, ConcurrentDictionary<long, string> acknowledged, CancellationToken stop)
    {
        for (var n = 0; !stop.IsCancellationRequested; n++)
        {
            var body = $"crash {round}.{writer}.{n}";
            try
            {
                using var response = await http.PostAsJsonAsync(new Uri(node.Address, "bench/comment"), new { proposalId, userId, body }, stop);
                response.EnsureSuccessStatusCode();
                var answer = await response.Content.ReadFromJsonAsync<Acknowledgement>(stop);
                acknowledged[answer!.Id] = body;
            }
            catch (Exception e) when (e is HttpRequestException or OperationCanceledException or IOException)
            {
                return; // the app died mid-request: that comment was never acknowledged
            }
        }
    }

    private async Task<(int ProposalId, List<string> Members)> ArrangeAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={DatabaseFile}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Id FROM Proposals ORDER BY Id LIMIT 1";
        var proposalId = Convert.ToInt32(await command.ExecuteScalarAsync());
        command.CommandText = "SELECT UserId FROM MemberProfiles WHERE OnboardedAtUtc IS NOT NULL ORDER BY UserId";
        var members = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                members.Add(reader.GetString(0));
            }
        }

        Assert.NotEmpty(members);
        return (proposalId, members);
    }

    private async Task<Dictionary<long, string>> StoredAsync(int proposalId, string? file = null)
    {
        await using var connection = new SqliteConnection($"Data Source={file ?? DatabaseFile}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Id, Body FROM Comments WHERE ProposalId = $proposal";
        command.Parameters.AddWithValue("$proposal", proposalId);
        var stored = new Dictionary<long, string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            stored[reader.GetInt64(0)] = reader.GetString(1);
        }

        return stored;
    }

    private sealed record Acknowledgement(long Id);
}
