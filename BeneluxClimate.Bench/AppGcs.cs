namespace BeneluxClimate.Bench;

/// <summary>
/// The app's garbage collections over a round (from /bench/gc): how often each generation ran, how long it paused, and
/// the bytes the app allocated meanwhile.
/// </summary>
internal sealed record AppGcs(IReadOnlyList<AppGc> All, long AllocatedBytes)
{
    public int Count(int generation) => All.Count(g => g.Generation == generation);

    public double MaxPauseMs => All.Count == 0 ? 0 : All.Max(g => g.PauseMs);

    public double TotalPauseMs => All.Sum(g => g.PauseMs);

    public double MeanPromotedMib => All.Count == 0 ? 0 : All.Average(g => g.PromotedBytes) / (1 << 20);

    public override string ToString() =>
        $"{All.Count} collections (gen0 {Count(0)}, gen1 {Count(1)}, gen2 {Count(2)}), pauses "
        + string.Join(" / ", All.Select(g => $"{g.PauseMs:F0} ms (gen{g.Generation}, {g.PromotedBytes / (1 << 20)} MiB promoted)"));
}

internal sealed record AppGcMark(long Index, long AllocatedBytes);

internal sealed record AppGc(long Index, int Generation, double PauseMs, long PromotedBytes);
