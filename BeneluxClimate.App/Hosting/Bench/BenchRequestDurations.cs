using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace BeneluxClimate.App.Hosting.Bench;

/// <summary>
/// Listens to ASP.NET Core's own <c>http.server.request.duration</c> and sums it per route, so a benchmark can report
/// the server's time per page (render included) beside what its load client saw. Observes only.
/// </summary>
internal sealed class BenchRequestDurations : IDisposable
{
    private readonly MeterListener listener = new();
    private readonly ConcurrentDictionary<string, RouteTotals> routes = new();

    private BenchRequestDurations()
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument is { Meter.Name: "Microsoft.AspNetCore.Hosting", Name: "http.server.request.duration" })
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>(OnMeasurement);
    }

    public static BenchRequestDurations Start()
    {
        var durations = new BenchRequestDurations();
        durations.listener.Start();
        return durations;
    }

    public Dictionary<string, RouteDuration> Snapshot() =>
        routes.ToDictionary(r => r.Key, r => r.Value.Read());

    public void Dispose() => listener.Dispose();

    private void OnMeasurement(Instrument instrument, double seconds, ReadOnlySpan<KeyValuePair<string, object?>> tags, object? state)
    {
        string? route = null;
        foreach (var tag in tags)
        {
            if (tag.Key == "http.route")
            {
                route = tag.Value as string;
            }
        }

        routes.GetOrAdd(route ?? "(none)", _ => new RouteTotals()).Add(seconds);
    }

    private sealed class RouteTotals
    {
        private readonly Lock gate = new();
        private long count;
        private double seconds;

        public void Add(double value)
        {
            lock (gate)
            {
                count++;
                seconds += value;
            }
        }

        public RouteDuration Read()
        {
            lock (gate)
            {
                return new RouteDuration(count, seconds * 1_000);
            }
        }
    }
}

/// <summary>Requests served on one route so far and their summed duration.</summary>
internal sealed record RouteDuration(long Count, double TotalMs);
