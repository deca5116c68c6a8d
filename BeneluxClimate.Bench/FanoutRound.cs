using System.Diagnostics;
using BeneluxClimate.Bench.Circuits;

namespace BeneluxClimate.Bench;

/// <summary>
/// Sends messages at a steady rate, each with a unique 32-character token, and times each delivery from just before
/// the send to its arrival at each receiver. Sends overlap when deliveries take longer than the interval.
/// <see cref="FirstArrivals"/>: per message, when its first receiver had it (how soon the fan-out starts).
/// </summary>
internal sealed record FanoutRound(LatencyStats Stats, int Missed, int MedianBytes, LatencyStats Sends, int Sent, LatencyStats FirstArrivals)
{
    public static async Task<FanoutRound> RunAsync(int count, TimeSpan interval, TimeSpan timeout,
        Func<string, IReadOnlyList<Task<TokenSeen>>> watch, Func<string, Task> send, CancellationToken ct) =>
        (await RunAsync(count, interval, timeout, [watch], send, ct)).All;

    /// <summary>
    /// The same with the receivers in groups (e.g. the viewers of each app node) watching every message together:
    /// the figures of all receivers, and of each group apart.
    /// </summary>
    public static async Task<(FanoutRound All, IReadOnlyList<FanoutRound> Groups)> RunAsync(int count, TimeSpan interval,
        TimeSpan timeout, IReadOnlyList<Func<string, IReadOnlyList<Task<TokenSeen>>>> groups, Func<string, Task> send, CancellationToken ct)
    {
        using var ticks = new PeriodicTimer(interval);
        var rounds = new List<Task<Delivery>>();
        for (var i = 0; i < count; i++)
        {
            rounds.Add(DeliverAsync(Token(i), groups, send, timeout, ct));
            await ticks.WaitForNextTickAsync(ct);
        }

        var done = await Task.WhenAll(rounds);
        var sends = LatencyStats.From(done.Select(d => d.SendMs).ToList());
        var all = Summarise(done.Select(d => Arrivals.Concat(d.Groups)), sends, count);
        var perGroup = Enumerable.Range(0, groups.Count).Select(g => Summarise(done.Select(d => d.Groups[g]), sends, count)).ToList();
        return (all, perGroup);
    }

    /// <summary>
    /// Messages at the round's rate, unmeasured, until the server has settled (see <see cref="FanoutWarmup"/>): the
    /// figures are then those of a server that has been running, not of its first minute. Returns how many were sent.
    /// </summary>
    public static Task<int> WarmUpAsync(FanoutWarmup warmup, TimeSpan interval, TimeSpan timeout,
        Func<string, IReadOnlyList<Task<TokenSeen>>> watch, Func<string, Task> send, CancellationToken ct) =>
        WarmUpAsync(warmup, interval, timeout, [watch], send, ct);

    public static async Task<int> WarmUpAsync(FanoutWarmup warmup, TimeSpan interval, TimeSpan timeout,
        IReadOnlyList<Func<string, IReadOnlyList<Task<TokenSeen>>>> groups, Func<string, Task> send, CancellationToken ct)
    {
        using var ticks = new PeriodicTimer(interval);
        var sent = 0;
        while (sent < warmup.MaxMessages)
        {
            await DeliverAsync(Token(-1 - sent), groups, send, timeout, ct);
            sent++;
            if (sent >= warmup.MinMessages && (warmup.Settled is null || await warmup.Settled(ct)))
            {
                break;
            }

            await ticks.WaitForNextTickAsync(ct);
        }

        return sent;
    }

    private static string Token(int i) => $"fan{(i < 0 ? "w" : "n")}{Math.Abs(i):D4}{Guid.NewGuid():N}"[..32];

    private static FanoutRound Summarise(IEnumerable<Arrivals> arrivals, LatencyStats sends, int sent)
    {
        var list = arrivals.ToList();
        var samples = list.SelectMany(a => a.Ms).ToList();
        var bytes = list.SelectMany(a => a.Bytes).Order().ToList();
        var firsts = list.Where(a => a.Ms.Count > 0).Select(a => a.Ms.Min()).ToList();
        return new FanoutRound(OrNaN(samples), list.Sum(a => a.Missed), bytes.Count == 0 ? 0 : bytes[bytes.Count / 2], sends, sent, OrNaN(firsts));

        static LatencyStats OrNaN(List<double> ms) => LatencyStats.From(ms.Count == 0 ? [double.NaN] : ms);
    }

    private static async Task<Delivery> DeliverAsync(string token, IReadOnlyList<Func<string, IReadOnlyList<Task<TokenSeen>>>> groups,
        Func<string, Task> send, TimeSpan timeout, CancellationToken ct)
    {
        var watches = groups.Select(watch => watch(token)).ToList();
        var start = Stopwatch.GetTimestamp();
        await send(token);
        var sendMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        try
        {
            await Task.WhenAll(watches.SelectMany(w => w)).WaitAsync(timeout, ct);
        }
        catch (TimeoutException)
        {
            // counted below as missed
        }

        return new Delivery(sendMs, watches.Select(group =>
        {
            var seen = group.Where(w => w.IsCompletedSuccessfully).Select(w => w.Result).ToList();
            return new Arrivals(seen.Select(s => Stopwatch.GetElapsedTime(start, s.Timestamp).TotalMilliseconds).ToList(),
                group.Count - seen.Count, seen.Select(s => s.Bytes).ToList());
        }).ToList());
    }

    /// <summary>One message's arrivals at one group of receivers: milliseconds after the send, how many missed it, message sizes.</summary>
    private sealed record Arrivals(List<double> Ms, int Missed, List<int> Bytes)
    {
        public static Arrivals Concat(IEnumerable<Arrivals> groups)
        {
            var list = groups.ToList();
            return new Arrivals(list.SelectMany(g => g.Ms).ToList(), list.Sum(g => g.Missed), list.SelectMany(g => g.Bytes).ToList());
        }
    }

    private sealed record Delivery(double SendMs, IReadOnlyList<Arrivals> Groups);
}

/// <summary>
/// How a fan-out warms up: at least <paramref name="MinMessages"/>, then on until <paramref name="Settled"/> says the
/// server has settled, at most <paramref name="MaxMessages"/>.
/// </summary>
internal sealed record FanoutWarmup(int MinMessages, int MaxMessages, Func<CancellationToken, Task<bool>>? Settled = null);
