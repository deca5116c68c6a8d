namespace BeneluxClimate.Bench;

/// <summary>The command line: a scenario name and optional sizes.</summary>
internal sealed record BenchOptions(string Scenario, int Members, int Projects, int Iterations, bool InProcessOnly = false, int Viewers = 1_000,
    int Comments = 50, int Circuits = 1_000)
{
    public const string Usage = """
        Usage: dotnet run -c Release --project BeneluxClimate.Bench -- <scenario> [--members N] [--projects N] [--iterations N] [--viewers N] [--in-process-only]
               [--duration S] [--connections N] [--comments N] [--circuits N] [--page PATH] [--no-profile] [--filter PATTERN]
        Scenarios:
          directory   member directory search at the database and the prerendered /members page
          board       project board and impact dashboard at the database and the prerendered /projects page
          discussion  a posted comment reaching 1 and --viewers open discussion views of one proposal (in-process)
          pages       requests/s and latency (wrk) of /members, /projects, a proposal page and /bench/plaintext in one run,
                      the server's time per page, and a dotnet-trace profile of the proposal page under load
          micro       BenchmarkDotNet: the hot queries against their SQL run bare (--filter '*Directory*' to pick)
          fanout      --comments comments reaching --viewers live circuits on a proposal page, against a raw SignalR broadcast
          fanout-cluster  the same across two app nodes on one private PostgreSQL with a private Redis between them: half the
                      viewers on each node (--viewers 2 or more), comments posted on node A; figures per node and overall
          circuit-memory  managed heap and process memory per idle circuit on a proposal page, and per raw hub connection
        Defaults: --members 10000 (directory, pages, micro) or 1000 (board, discussion, fanout, fanout-cluster) --projects 2000 --iterations 200
                  --viewers 1000 --circuits 1000 --duration 15 (seconds of load per page) --connections 32 --comments 50
        --in-process-only skips starting the app (no page timings); --no-profile skips dotnet-trace in pages;
        --page privacy has circuit-memory open that page instead of the proposal (what the layout alone costs)
        """;

    private static readonly string[] Scenarios = ["directory", "board", "discussion", "pages", "micro", "fanout", "fanout-cluster", "circuit-memory"];

    public int Duration { get; init; } = 15;

    public int Connections { get; init; } = 32;

    public bool Profile { get; init; } = true;

    public string? Filter { get; init; }

    /// <summary>circuit-memory: the page the circuits open instead of the proposal (e.g. privacy, for the layout alone).</summary>
    public string? Page { get; init; }

    public static bool TryParse(string[] args, out BenchOptions options)
    {
        options = new BenchOptions("directory", 10_000, 2_000, 200);
        if (args.Length == 0 || !Scenarios.Contains(args[0]))
        {
            return false;
        }

        options = options with { Scenario = args[0], Members = args[0] is "directory" or "pages" or "micro" ? 10_000 : 1_000 };
        for (var i = 1; i < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--in-process-only":
                    options = options with { InProcessOnly = true };
                    i--;
                    continue;
                case "--no-profile":
                    options = options with { Profile = false };
                    i--;
                    continue;
                case "--filter" when i + 1 < args.Length:
                    options = options with { Filter = args[i + 1] };
                    continue;
                case "--page" when i + 1 < args.Length:
                    options = options with { Page = args[i + 1].TrimStart('/') };
                    continue;
            }

            if (i + 1 >= args.Length || !int.TryParse(args[i + 1], out var value) || value <= 0)
            {
                return false;
            }

            switch (args[i])
            {
                case "--members":
                    options = options with { Members = value };
                    break;
                case "--projects":
                    options = options with { Projects = value };
                    break;
                case "--iterations":
                    options = options with { Iterations = value };
                    break;
                case "--viewers":
                    options = options with { Viewers = value };
                    break;
                case "--duration":
                    options = options with { Duration = value };
                    break;
                case "--connections":
                    options = options with { Connections = value };
                    break;
                case "--comments":
                    options = options with { Comments = value };
                    break;
                case "--circuits":
                    options = options with { Circuits = value };
                    break;
                default:
                    return false;
            }
        }

        return options.Scenario != "fanout-cluster" || options.Viewers >= 2; // a viewer on each node
    }
}
