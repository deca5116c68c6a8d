using System.Diagnostics;

namespace BeneluxClimate.Bench;

/// <summary>Percentiles (nearest rank) of a set of timings in milliseconds.</summary>
internal sealed record LatencyStats(int Count, double P50, double P95, double P99, double Max, double Mean)
{
    public static LatencyStats From(IReadOnlyCollection<double> samples)
    {
        var sorted = samples.Order().ToArray();
        double At(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new LatencyStats(sorted.Length, At(0.50), At(0.95), At(0.99), sorted[^1], sorted.Average());
    }

    /// <summary>Runs <paramref name="action"/> warm-up times untimed, then times each of the iterations.</summary>
    public static async Task<LatencyStats> MeasureAsync(int warmup, int iterations, Func<Task> action)
    {
        for (var i = 0; i < warmup; i++)
        {
            await action();
        }

        var samples = new double[iterations];
        for (var i = 0; i < iterations; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await action();
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        return From(samples);
    }
}
