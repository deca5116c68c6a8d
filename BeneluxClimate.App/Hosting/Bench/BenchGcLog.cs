using System.Collections.Concurrent;

namespace BeneluxClimate.App.Hosting.Bench;

/// <summary>
/// Every garbage collection of the process while the bench endpoints are on: its generation, pause and what it
/// promoted, read from <see cref="GC.GetGCMemoryInfo(GCKind)"/> every few milliseconds (two collections within one poll
/// would show as the later one). The fan-out scenario reports them beside its latencies.
/// </summary>
internal sealed class BenchGcLog : IDisposable
{
    private const int MaxEntries = 10_000;
    private readonly ConcurrentQueue<BenchGc> entries = new();
    private readonly Timer timer;
    private long lastIndex;

    public BenchGcLog()
    {
        lastIndex = GC.GetGCMemoryInfo(GCKind.Any).Index;
        timer = new Timer(_ => Poll(), null, TimeSpan.Zero, TimeSpan.FromMilliseconds(5));
    }

    public IReadOnlyList<BenchGc> Since(long index) => entries.Where(e => e.Index > index).ToList();

    public long LastIndex => Interlocked.Read(ref lastIndex);

    private void Poll()
    {
        var info = GC.GetGCMemoryInfo(GCKind.Any);
        if (info.Index <= LastIndex)
        {
            return;
        }

        Interlocked.Exchange(ref lastIndex, info.Index);
        var pause = info.PauseDurations.Length == 0 ? TimeSpan.Zero : info.PauseDurations[0] + info.PauseDurations[1];
        entries.Enqueue(new BenchGc(info.Index, info.Generation, pause.TotalMilliseconds, info.PromotedBytes));
        while (entries.Count > MaxEntries && entries.TryDequeue(out _))
        {
        }
    }

    public void Dispose() => timer.Dispose();
}

/// <summary>One collection: <see cref="PauseMs"/> is the time the process stood still for it.</summary>
internal sealed record BenchGc(long Index, int Generation, double PauseMs, long PromotedBytes);
