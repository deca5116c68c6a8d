using System.Globalization;
using System.Text.Json;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace BeneluxClimate.Bench;

/// <summary>
/// BenchmarkDotNet micro-benchmarks of the hot reads against their own SQL run bare, on one generated database, in
/// this process (a short job: a few minutes in all). Prints BenchmarkDotNet's table, then one JSON line per read.
/// </summary>
internal static class MicroScenario
{
    private const double Target = 3.0;
    private const int PairedRounds = 400;

    public static async Task<int> RunAsync(BenchOptions options, CancellationToken ct)
    {
        await using var database = await BenchDatabase.CreateAsync(ct);
        var network = await BenchNetwork.GenerateAsync(database, options, ct);
        var workload = new MicroWorkload(database, network);
        await workload.RecordAsync();
        MicroWorkload.Current = workload;
        using (var replay = new SqlReplay(database.ConnectionString))
        {
            foreach (var (subject, commands) in workload.Recorded)
            {
                Console.WriteLine($"\nSQL of {subject} ({commands.Count} commands):");
                replay.PrintPlans(commands);
            }
        }

        var job = Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(10).WithId("short");
        var config = ManualConfig.CreateEmpty().AddJob(job).AddLogger(ConsoleLogger.Default)
            .AddColumnProvider(DefaultConfig.Instance.GetColumnProviders().ToArray())
            .AddDiagnoser(BenchmarkDotNet.Diagnosers.MemoryDiagnoser.Default)
            .WithOptions(ConfigOptions.DisableLogFile)
            .WithArtifactsPath(Path.Combine(database.Folder, "artifacts"));
        if (options.Filter is { } filter)
        {
            config = config.AddFilter(new GlobFilter([filter]));
        }

        var summary = BenchmarkRunner.Run<HotQueries>(config);
        var paired = new Dictionary<string, (double AppMedianUs, double BareMedianUs)>
        {
            ["DirectorySearch"] = await PairedTiming.MeasureAsync(workload.DirectorySearchAsync, () => workload.RunBare("directory-search"), PairedRounds),
            ["ProjectBoard"] = await PairedTiming.MeasureAsync(workload.ProjectBoardAsync, () => workload.RunBare("project-board"), PairedRounds / 4),
            ["ProposalPage"] = await PairedTiming.MeasureAsync(workload.ProposalPageAsync, () => workload.RunBare("proposal-page"), PairedRounds),
        };
        return Print(summary, paired, options) ? 0 : 1;
    }

    /// <summary>
    /// Pairs each read with its bare SQL (BenchmarkDotNet's means, and the medians of the alternating rounds); true when
    /// every measured read is within the target ratio by the paired medians.
    /// </summary>
    private static bool Print(Summary summary, Dictionary<string, (double AppMedianUs, double BareMedianUs)> paired, BenchOptions options)
    {
        var means = summary.Reports.Where(r => r.ResultStatistics is not null).ToDictionary(
            r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name,
            r => (MeanUs: r.ResultStatistics!.Mean / 1_000, AllocatedKiB: (r.GcStats.GetBytesAllocatedPerOperation(r.BenchmarkCase) ?? 0) / 1024.0));
        var allHold = true;
        Console.WriteLine();
        foreach (var (name, app) in means.Where(m => !m.Key.EndsWith("Bare", StringComparison.Ordinal)))
        {
            double? bare = means.TryGetValue(name + "Bare", out var b) ? b.MeanUs : null;
            var ratio = bare is { } raw ? app.MeanUs / raw : (double?)null;
            var (appMedian, bareMedian) = paired.GetValueOrDefault(name);
            var pairedRatio = bareMedian > 0 ? appMedian / bareMedian : (double?)null;
            allHold &= (pairedRatio ?? ratio) is not { } r || r <= Target;
            Console.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object?>
            {
                ["scenario"] = "micro",
                ["subject"] = name,
                ["members"] = options.Members,
                ["projects"] = options.Projects,
                ["mean_us"] = Math.Round(app.MeanUs, 1),
                ["raw_mean_us"] = bare is null ? null : Math.Round(bare.Value, 1),
                ["ratio"] = ratio is null ? null : Math.Round(ratio.Value, 2),
                ["paired_median_us"] = Math.Round(appMedian, 1),
                ["paired_raw_median_us"] = Math.Round(bareMedian, 1),
                ["paired_ratio"] = pairedRatio is null ? null : Math.Round(pairedRatio.Value, 2),
                ["allocated_kib"] = Math.Round(app.AllocatedKiB, 1),
            }));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"\nTarget: every hot read within {Target}x its bare SQL (paired medians): {(allHold ? "holds" : "missed")}"));
        return allHold;
    }
}
