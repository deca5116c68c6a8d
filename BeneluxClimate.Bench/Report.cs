using System.Globalization;
using System.Text.Json;

namespace BeneluxClimate.Bench;

/// <summary>Prints a human-readable table, then one JSON object per result on its own line.</summary>
internal static class Report
{
    public static void Print(string scenario, IReadOnlyList<BenchResult> results)
    {
        Console.WriteLine();
        Console.WriteLine($"{"subject",-34} {"n",5} {"p50 ms",9} {"p95 ms",9} {"p99 ms",9} {"max ms",9} {"q/call",7}  note");
        Console.WriteLine(new string('-', 110));
        foreach (var r in results)
        {
            if (r.Figures is not null)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{r.Subject,-34} {string.Join("  ", r.Figures.Select(f => $"{f.Key}={f.Value}"))}  {r.Note}"));
                continue;
            }

            var s = r.Stats;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{r.Subject,-34} {s.Count,5} {s.P50,9:F2} {s.P95,9:F2} {s.P99,9:F2} {s.Max,9:F2} {r.QueriesPerCall,7:F1}  {r.Note}"));
        }

        Console.WriteLine();
        foreach (var r in results)
        {
            if (r.Figures is not null)
            {
                Console.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object?> { ["scenario"] = scenario, ["subject"] = r.Subject }
                    .Concat(r.Figures).ToDictionary()));
                continue;
            }

            Console.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object?>
            {
                ["scenario"] = scenario,
                ["subject"] = r.Subject,
                [scenario == "board" ? "projects" : "members"] = r.Members,
                ["n"] = r.Stats.Count,
                ["p50_ms"] = Math.Round(r.Stats.P50, 3),
                ["p95_ms"] = Math.Round(r.Stats.P95, 3),
                ["p99_ms"] = Math.Round(r.Stats.P99, 3),
                ["max_ms"] = Math.Round(r.Stats.Max, 3),
                ["queries_per_call"] = r.QueriesPerCall,
            }));
        }
    }
}
