using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace BeneluxClimate.Bench;

/// <summary>
/// Replays SQL that EF sent, on a plain connection without EF, reading every row: the time the database itself
/// needs per command. Also prints each command's query plan.
/// </summary>
internal sealed class SqlReplay(string connectionString) : IDisposable
{
    private readonly SqliteConnection connection = Open(connectionString);

    public void PrintPlans(IReadOnlyList<RecordedCommand> commands)
    {
        for (var i = 0; i < commands.Count; i++)
        {
            Console.WriteLine($"-- [{i}] {commands[i].Sql.ReplaceLineEndings(" ")}");
            using var explain = Command(commands[i] with { Sql = "EXPLAIN QUERY PLAN " + commands[i].Sql });
            using var reader = explain.ExecuteReader();
            while (reader.Read())
            {
                Console.WriteLine($"     plan: {reader.GetString(3)}");
            }
        }
    }

    /// <summary>Times each command alone, and the sum of all per round.</summary>
    public List<(int Index, LatencyStats Stats, double Rows)> Measure(IReadOnlyList<RecordedCommand> commands, int warmup, int iterations, out LatencyStats total)
    {
        var prepared = commands.Select(Command).ToList();
        var samples = prepared.Select(_ => new List<double>()).ToList();
        var rows = new long[prepared.Count];
        var totals = new List<double>();
        for (var round = 0; round < warmup + iterations; round++)
        {
            var sum = 0.0;
            for (var i = 0; i < prepared.Count; i++)
            {
                var start = Stopwatch.GetTimestamp();
                rows[i] = ReadAll(prepared[i]);
                var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                sum += ms;
                if (round >= warmup)
                {
                    samples[i].Add(ms);
                }
            }

            if (round >= warmup)
            {
                totals.Add(sum);
            }
        }

        prepared.ForEach(p => p.Dispose());
        total = LatencyStats.From(totals);
        return samples.Select((s, i) => (i, LatencyStats.From(s), (double)rows[i])).ToList();
    }

    public void Dispose() => connection.Dispose();

    private static SqliteConnection Open(string connectionString)
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var pragmas = connection.CreateCommand();
        pragmas.CommandText = "PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;";
        pragmas.ExecuteNonQuery();
        return connection;
    }

    private static long ReadAll(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        var values = new object[reader.FieldCount];
        long rows = 0;
        while (reader.Read())
        {
            reader.GetValues(values);
            rows++;
        }

        return rows;
    }

    private SqliteCommand Command(RecordedCommand recorded)
    {
        var command = connection.CreateCommand();
        command.CommandText = recorded.Sql;
        foreach (var (name, value) in recorded.Parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }
}
