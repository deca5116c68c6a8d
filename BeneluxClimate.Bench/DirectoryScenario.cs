using System.Diagnostics;
using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Members;
using BeneluxClimate.Domain.Security;
using Microsoft.Extensions.DependencyInjection;

namespace BeneluxClimate.Bench;

/// <summary>
/// The member directory at N members: MemberDirectory.SearchAsync in-process (end to end and summed command
/// time), the SQL it sends replayed bare, and the prerendered /members page served by the real app.
/// </summary>
internal static class DirectoryScenario
{
    private const int SearchWarmup = 20;
    private const int PageWarmup = 30;

    public static async Task<List<BenchResult>> RunAsync(BenchOptions options, CancellationToken ct)
    {
        var results = new List<BenchResult>();
        await using var database = await BenchDatabase.CreateAsync(ct);
        var clock = Stopwatch.StartNew();
        var ids = await new DataGenerator(database.Contexts).GenerateAsync(options.Members, ct);
        results.Add(new BenchResult("generate", options.Members, LatencyStats.From([clock.Elapsed.TotalMilliseconds]), Note: "members, profiles, 300 organisations, memberships"));
        Console.WriteLine($"Generated {options.Members:N0} members in {clock.Elapsed.TotalSeconds:F1} s ({database.FilePath})");

        var directory = database.Services.GetRequiredService<MemberDirectory>();
        var cold = () => new MemberDirectory(database.Contexts, new DirectoryCountCache()); // counts not yet cached: right after a change
        var member = Actor.Member(ids[0], "Member");
        var twoFilters = new DirectoryQuery(Country: "BE", Theme: Theme.Water);
        results.AddRange(await SearchAsync(database, () => directory, "search-db", member, twoFilters, options, ct));
        results.AddRange(await SearchAsync(database, cold, "search-db-cold", member, twoFilters, options, ct));
        results.AddRange(await SearchAsync(database, () => directory, "search-db-text", member, new DirectoryQuery(Text: "energ", Country: "BE"), options, ct));
        results.AddRange(await SearchAsync(database, () => directory, "search-db-anonymous", Actor.Anonymous, new DirectoryQuery(), options, ct));
        results.AddRange(await SearchAsync(database, cold, "search-db-anonymous-cold", Actor.Anonymous, new DirectoryQuery(), options, ct));

        database.Commands.Recording = true;
        await cold().SearchAsync(member, twoFilters, ct); // cold, so the counting queries are replayed too
        database.Commands.Recording = false;
        results.AddRange(SqlVariants.Run(database, [.. database.Commands.Recorded], options));

        if (options.InProcessOnly)
        {
            return results;
        }

        BenchDatabase.ReleaseConnections();
        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { Timeout = TimeSpan.FromSeconds(30) };
        await using var app = await AppProcess.StartAsync(database.ConnectionString, http, ct);
        results.Add(await PageAsync(http, app, "members-page", "members", options, ct));
        results.Add(await PageAsync(http, app, "members-page-filtered", "members?country=BE&theme=Water", options, ct));
        return results;
    }

    private static async Task<List<BenchResult>> SearchAsync(BenchDatabase database, Func<MemberDirectory> directory, string subject, Actor viewer, DirectoryQuery query, BenchOptions options, CancellationToken ct)
    {
        var commandMs = new List<double>();
        var queries = new List<int>();
        var stats = await LatencyStats.MeasureAsync(SearchWarmup, options.Iterations, async () =>
        {
            database.Commands.Reset();
            var found = await directory().SearchAsync(viewer, query, ct);
            _ = found.Value ?? throw new InvalidOperationException($"Search refused: {query}");
            commandMs.Add(database.Commands.Total.TotalMilliseconds);
            queries.Add(database.Commands.Count);
        });
        var timed = commandMs.TakeLast(options.Iterations).ToList();
        var perCall = queries.TakeLast(options.Iterations).Average();
        return
        [
            new BenchResult(subject, options.Members, stats, perCall, "MemberDirectory.SearchAsync end to end"),
            new BenchResult(subject + "-commands", options.Members, LatencyStats.From(timed), perCall, "sum of EF command time (execute..reader closed) per search"),
        ];
    }

    private static async Task<BenchResult> PageAsync(HttpClient http, AppProcess app, string subject, string path, BenchOptions options, CancellationToken ct)
    {
        var address = new Uri(app.Address, path);
        var stats = await LatencyStats.MeasureAsync(PageWarmup, options.Iterations, async () =>
        {
            using var response = await http.GetAsync(address, ct);
            var html = await response.Content.ReadAsStringAsync(ct);
            if (response.StatusCode != System.Net.HttpStatusCode.OK || !html.Contains("data-testid=\"member-card\"", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"GET /{path} answered {(int)response.StatusCode} without member cards.");
            }
        });
        return new BenchResult(subject, options.Members, stats, Note: $"GET /{path}, anonymous, prerendered");
    }
}
