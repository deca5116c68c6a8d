using System.Diagnostics;

namespace BeneluxClimate.Bench;

/// <summary>
/// Times a read and its bare SQL alternately, round after round, so both see the same machine: on a busy machine the
/// ratio of their medians is steadier than the ratio of two benchmarks run a minute apart.
/// </summary>
internal static class PairedTiming
{
    public static async Task<(double AppMedianUs, double BareMedianUs)> MeasureAsync(Func<Task> app, Action bare, int rounds)
    {
        var appUs = new List<double>(rounds);
        var bareUs = new List<double>(rounds);
        for (var round = -rounds / 10; round < rounds; round++)
        {
            var start = Stopwatch.GetTimestamp();
            await app();
            var appElapsed = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
            start = Stopwatch.GetTimestamp();
            bare();
            var bareElapsed = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
            if (round >= 0)
            {
                appUs.Add(appElapsed);
                bareUs.Add(bareElapsed);
            }
        }

        return (LatencyStats.From(appUs).P50, LatencyStats.From(bareUs).P50);
    }
}
