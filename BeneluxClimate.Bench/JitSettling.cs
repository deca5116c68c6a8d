using System.Diagnostics;
using System.Net.Http.Json;

namespace BeneluxClimate.Bench;

/// <summary>
/// Whether the apps under test have stopped compiling: tiered compilation recompiles the hot paths in the background
/// for tens of seconds after they first run (longer on a slow machine), and a round measured meanwhile measures the JIT.
/// Settled once fewer than <see cref="QuietMethods"/> methods were compiled over the last <see cref="Window"/>.
/// </summary>
internal sealed class JitSettling(HttpClient http, IReadOnlyList<Uri> apps)
{
    public const int QuietMethods = 20;
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(3);

    private readonly List<(long At, long Compiled)> samples = [];

    public async Task<bool> SettledAsync(CancellationToken ct)
    {
        long compiled = 0;
        foreach (var app in apps)
        {
            compiled += await http.GetFromJsonAsync<long>(new Uri(app, "bench/jit"), ct);
        }

        var now = Stopwatch.GetTimestamp();
        samples.Add((now, compiled));
        // The newest sample at least a window old starts the window; older ones are no longer needed.
        var start = samples.FindLastIndex(s => Stopwatch.GetElapsedTime(s.At, now) >= Window);
        if (start < 0)
        {
            return false;
        }

        samples.RemoveRange(0, start);
        return compiled - samples[0].Compiled < QuietMethods;
    }
}
