using BenchmarkDotNet.Attributes;

namespace BeneluxClimate.Bench;

/// <summary>BenchmarkDotNet cases: each hot read as the app runs it, and its SQL run bare (suffix <c>Bare</c>).</summary>
[MemoryDiagnoser]
public class HotQueries
{
    private static MicroWorkload Workload => MicroWorkload.Current ?? throw new InvalidOperationException("Run through the micro scenario.");

    [Benchmark]
    public Task DirectorySearch() => Workload.DirectorySearchAsync();

    [Benchmark]
    public long DirectorySearchBare() => Workload.RunBare("directory-search");

    [Benchmark]
    public Task ProjectBoard() => Workload.ProjectBoardAsync();

    [Benchmark]
    public long ProjectBoardBare() => Workload.RunBare("project-board");

    [Benchmark]
    public Task ProposalPage() => Workload.ProposalPageAsync();

    [Benchmark]
    public long ProposalPageBare() => Workload.RunBare("proposal-page");
}
