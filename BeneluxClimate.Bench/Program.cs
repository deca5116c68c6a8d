using BeneluxClimate.Bench;

// dotnet run -c Release --project BeneluxClimate.Bench -- directory [--members 10000] [--iterations 200]
// dotnet run -c Release --project BeneluxClimate.Bench -- board [--projects 2000] [--iterations 200]
// dotnet run -c Release --project BeneluxClimate.Bench -- discussion [--viewers 1000] [--iterations 100]
// dotnet run -c Release --project BeneluxClimate.Bench -- pages [--members 10000] [--projects 2000] [--duration 15] [--connections 32]
// dotnet run -c Release --project BeneluxClimate.Bench -- micro [--filter '*Proposal*']
// dotnet run -c Release --project BeneluxClimate.Bench -- fanout [--viewers 1000] [--comments 50]
// dotnet run -c Release --project BeneluxClimate.Bench -- fanout-cluster [--viewers 1000] [--comments 50]
// dotnet run -c Release --project BeneluxClimate.Bench -- circuit-memory [--circuits 1000]
if (!BenchOptions.TryParse(args, out var options))
{
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

try
{
    return await RunAsync(options, cancel.Token);
}
catch (OperationCanceledException) when (cancel.IsCancellationRequested)
{
    Console.Error.WriteLine("Cancelled; what the run started is stopped.");
    return 130;
}

static async Task<int> RunAsync(BenchOptions options, CancellationToken ct)
{
    if (options.Scenario is "pages" or "micro")
    {
        return options.Scenario == "pages" ? await PagesScenario.RunAsync(options, ct) : await MicroScenario.RunAsync(options, ct);
    }

    var results = options.Scenario switch
    {
        "board" => await BoardScenario.RunAsync(options, ct),
        "discussion" => await DiscussionScenario.RunAsync(options, ct),
        "fanout" => await FanoutScenario.RunAsync(options, ct),
        "fanout-cluster" => await FanoutClusterScenario.RunAsync(options, ct),
        "circuit-memory" => await CircuitMemoryScenario.RunAsync(options, ct),
        _ => await DirectoryScenario.RunAsync(options, ct),
    };
    Report.Print(options.Scenario, results);
    return 0;
}
