using System.Diagnostics;

namespace BeneluxClimate.Bench;

/// <summary>
/// Sends messages at a steady rate, each with a unique 32-character token, and times each delivery from just before
/// the send to its arrival at each receiver. Sends overlap when deliveries take longer than the interval.
/// </summary>
internal sealed record FanoutRound(LatencyStats Stats, int Missed, int MedianBytes, LatencyStats Sends, int Sent)
{
    public static async Task<FanoutRound> RunAsync(int count, int warmup, TimeSpan interval, TimeSpan timeout,
        Func<string, IReadOnlyList<Task<Circuits.TokenSeen>>> watch, Func<string, Task> send, CancellationToken ct)
    {
        for (var i = 0; i < warmup; i++)
        {
            await DeliverAsync(Token(-1 - i), watch, send, timeout);
        }

        using var ticks = new PeriodicTimer(interval);
        var rounds = new List<Task<(List<double> Ms, int Missed, List<int> Bytes, double SendMs)>>();
        for (var i = 0; i < count; i++)
        {
            rounds.Add(DeliverAsync(Token(i), watch, send, timeout));
            await ticks.WaitForNextTickAsync(ct);
        }

        var done = await Task.WhenAll(rounds);
        var samples = done.SelectMany(r => r.Ms).ToList();
        var bytes = done.SelectMany(r => r.Bytes).Order().ToList();
        return new FanoutRound(samples.Count == 0 ? LatencyStats.From([double.NaN]) : LatencyStats.From(samples),
            done.Sum(r => r.Missed), bytes.Count == 0 ? 0 : bytes[bytes.Count / 2], LatencyStats.From(done.Select(r => r.SendMs).ToList()),
            warmup + count);
    }

    private static string Token(int i) => $"fan{(i < 0 ? "w" : "n")}{Math.Abs(i):D4}{Guid.NewGuid():N}"[..32];

    private static async Task<(List<double> Ms, int Missed, List<int> Bytes, double SendMs)> DeliverAsync(string token,
        Func<string, IReadOnlyList<Task<Circuits.TokenSeen>>> watch, Func<string, Task> send, TimeSpan timeout)
    {
        var watches = watch(token);
        var start = Stopwatch.GetTimestamp();
        await send(token);
        var sendMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        try
        {
            await Task.WhenAll(watches).WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            // counted below as missed
        }

        var seen = watches.Where(w => w.IsCompletedSuccessfully).Select(w => w.Result).ToList();
        return (seen.Select(s => Stopwatch.GetElapsedTime(start, s.Timestamp).TotalMilliseconds).ToList(), watches.Count - seen.Count,
            seen.Select(s => s.Bytes).ToList(), sendMs);
    }
}
