namespace BeneluxClimate.Bench;

/// <summary>
/// The SQL of one two-filter search, replayed bare: per command, in total, and with changes the Domain could
/// make (extra indexes, facet counts grouped in SQL) to show what helps.
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

        // Variant: one narrow covering index, so the full scans read index entries instead of wide rows (Bio, SearchText).
        replay.Execute("CREATE INDEX IX_Bench_Directory ON MemberProfiles (CountryCode, OnboardedAtUtc, Visibility, ActorType, RegionCode, Themes, Languages); ANALYZE;");
        Console.WriteLine("\nWith a covering index (CountryCode, OnboardedAtUtc, Visibility, ActorType, RegionCode, Themes, Languages) and ANALYZE:");
        replay.PrintPlans(commands);
        replay.Measure(commands, 20, options.Iterations, out var indexed);
        results.Add(new BenchResult("search-sql+covering-index", options.Members, indexed, commands.Count, "same SQL, covering index + ANALYZE"));
        replay.Execute("DROP INDEX IX_Bench_Directory; ANALYZE;");
        return results;
    }

    private static string Short(string sql)
    {
        var flat = string.Join(' ', sql.Split((char[])['\r', '\n', ' '], StringSplitOptions.RemoveEmptyEntries));
        return flat.Length > 60 ? flat[..60] + "…" : flat;
    }
}
