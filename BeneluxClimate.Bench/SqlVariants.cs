namespace BeneluxClimate.Bench;

/// <summary>
/// The SQL of one two-filter search (counts included), replayed bare: per command and in total, with each
/// command's query plan printed, to show where the time goes.
/// </summary>
internal static class SqlVariants
{
    public static List<BenchResult> Run(BenchDatabase database, IReadOnlyList<RecordedCommand> commands, BenchOptions options)
    {
        using var replay = new SqlReplay(database.ConnectionString);
        Console.WriteLine($"\nSQL of one two-filter search ({commands.Count} commands):");
        replay.PrintPlans(commands);
        var results = new List<BenchResult>();
        var perCommand = replay.Measure(commands, 20, options.Iterations, out var total);
        results.Add(new BenchResult("search-sql", options.Members, total, commands.Count, "EF's SQL replayed bare, sum per search"));
        foreach (var (index, stats, rows) in perCommand)
        {
            results.Add(new BenchResult($"search-sql[{index}]", options.Members, stats, Note: $"{rows:N0} rows: {Short(commands[index].Sql)}"));
        }

        return results;
    }

    private static string Short(string sql)
    {
        var flat = string.Join(' ', sql.Split((char[])['\r', '\n', ' '], StringSplitOptions.RemoveEmptyEntries));
        return flat.Length > 60 ? flat[..60] + "…" : flat;
    }
}
