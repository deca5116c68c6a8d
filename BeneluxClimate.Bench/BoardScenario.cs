using System.Diagnostics;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Domain.Showcase;
using Microsoft.Extensions.DependencyInjection;

namespace BeneluxClimate.Bench;

/// <summary>
/// The showcase at N published projects: ProjectBoard.LoadAsync and the impact dashboard's recount in-process (end to
/// end and summed command time), and the prerendered /projects page served by the real app.
/// </summary>
internal static class BoardScenario
{
    private const int Warmup = 20;
    private const int PageWarmup = 30;

    public static async Task<List<BenchResult>> RunAsync(BenchOptions options, CancellationToken ct)
    {
        var results = new List<BenchResult>();
        await using var database = await BenchDatabase.CreateAsync(ct);
        var clock = Stopwatch.StartNew();
        await new DataGenerator(database.Contexts).GenerateAsync(options.Members, ct);
        await new ProjectGenerator(database.Contexts).GenerateAsync(options.Projects, ct);
        results.Add(new BenchResult("generate", options.Projects, LatencyStats.From([clock.Elapsed.TotalMilliseconds]),
            Note: $"{options.Members:N0} members, 300 organisations, published projects"));
        Console.WriteLine($"Generated {options.Projects:N0} projects and {options.Members:N0} members in {clock.Elapsed.TotalSeconds:F1} s ({database.FilePath})");

        var board = database.Services.GetRequiredService<ProjectBoard>();
        results.AddRange(await MeasureAsync(database, "board-db", "ProjectBoard.LoadAsync end to end, no filters", options, async () =>
            _ = (await board.LoadAsync(Actor.Anonymous, new BoardQuery(), ct)).Value ?? throw new InvalidOperationException("Board refused.")));
        results.AddRange(await MeasureAsync(database, "board-db-filtered", "ProjectBoard.LoadAsync, Water + BE", options, async () =>
            _ = (await board.LoadAsync(Actor.Anonymous, new BoardQuery(Theme: BeneluxClimate.Domain.Common.Theme.Water, Country: "BE"), ct)).Value
                ?? throw new InvalidOperationException("Board refused.")));
        results.AddRange(await MeasureAsync(database, "board-db-text", "ProjectBoard.LoadAsync, text \"liege\"", options, async () =>
            _ = (await board.LoadAsync(Actor.Anonymous, new BoardQuery(Text: "liege"), ct)).Value ?? throw new InvalidOperationException("Board refused.")));
        results.AddRange(await MeasureAsync(database, "impact-recount", "ImpactDashboard.GetAsync, nothing cached (as after a change)", options, async () =>
            _ = await new ImpactDashboard(database.Contexts).GetAsync(ct)));
        var dashboard = database.Services.GetRequiredService<ImpactDashboard>();
        results.AddRange(await MeasureAsync(database, "impact-cached", "ImpactDashboard.GetAsync, figures of this sequence cached", options, async () =>
            _ = await dashboard.GetAsync(ct)));

        results.Add(await BoardFanOut.MeasureAsync(database, 1, options, ct));
        results.Add(await BoardFanOut.MeasureAsync(database, 1_000, options, ct));

        if (options.InProcessOnly)
        {
            return results;
        }

        BenchDatabase.ReleaseConnections();
        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { Timeout = TimeSpan.FromSeconds(30) };
        await using var app = await AppProcess.StartAsync(database.ConnectionString, http, ct);
        results.Add(await PageAsync(http, app, "projects-page", "projects", options, ct));
        return results;
    }

    private static async Task<List<BenchResult>> MeasureAsync(BenchDatabase database, string subject, string note, BenchOptions options, Func<Task> action)
    {
        var commandMs = new List<double>();
        var queries = new List<int>();
        var stats = await LatencyStats.MeasureAsync(Warmup, options.Iterations, async () =>
        {
            database.Commands.Reset();
            await action();
            commandMs.Add(database.Commands.Total.TotalMilliseconds);
            queries.Add(database.Commands.Count);
        });
        var perCall = queries.TakeLast(options.Iterations).Average();
        return
        [
            new BenchResult(subject, options.Projects, stats, perCall, note),
            new BenchResult(subject + "-commands", options.Projects, LatencyStats.From(commandMs.TakeLast(options.Iterations).ToList()), perCall, "sum of EF command time (execute..reader closed) per call"),
        ];
    }

    private static async Task<BenchResult> PageAsync(HttpClient http, AppProcess app, string subject, string path, BenchOptions options, CancellationToken ct)
    {
        var address = new Uri(app.Address, path);
        var stats = await LatencyStats.MeasureAsync(PageWarmup, options.Iterations, async () =>
        {
            using var response = await http.GetAsync(address, ct);
            var html = await response.Content.ReadAsStringAsync(ct);
            if (response.StatusCode != System.Net.HttpStatusCode.OK || !html.Contains("data-testid=\"project-card\"", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"GET /{path} answered {(int)response.StatusCode} without project cards.");
            }
        });
        return new BenchResult(subject, options.Projects, stats, Note: $"GET /{path}, anonymous, prerendered");
    }
}
