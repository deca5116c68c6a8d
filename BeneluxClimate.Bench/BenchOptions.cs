namespace BeneluxClimate.Bench;

/// <summary>The command line: a scenario name and optional sizes.</summary>
internal sealed record BenchOptions(string Scenario, int Members, int Iterations)
{
    public const string Usage = """
        Usage: dotnet run -c Release --project BeneluxClimate.Bench -- <scenario> [--members N] [--iterations N]
        Scenarios:
          directory   member directory search at the database and the prerendered /members page
        Defaults: --members 10000 --iterations 200
        """;

    public static bool TryParse(string[] args, out BenchOptions options)
    {
        options = new BenchOptions("directory", 10_000, 200);
        if (args.Length == 0 || args[0] != "directory")
        {
            return false;
        }

        for (var i = 1; i < args.Length; i += 2)
        {
            if (i + 1 >= args.Length || !int.TryParse(args[i + 1], out var value) || value <= 0)
            {
                return false;
            }

            switch (args[i])
            {
                case "--members":
                    options = options with { Members = value };
                    break;
                case "--iterations":
                    options = options with { Iterations = value };
                    break;
                default:
                    return false;
            }
        }

        return true;
    }
}
