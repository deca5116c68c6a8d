using System.Diagnostics;
using System.Diagnostics.Metrics;
using BeneluxClimate.Domain.Live;

namespace BeneluxClimate.App.Hosting.Telemetry;

/// <summary>
/// What this node's live bus delivers: events per second by kind of topic, and the delivery lag, from the moment the
/// change happened (the event's time, set by whichever node committed it) to this node's bus handing it to its
/// viewers. Across nodes the lag includes the relay.
/// </summary>
public sealed class LiveMetrics : ILiveEventObserver
{
    public const string MeterName = "BeneluxClimate.Live";

    private readonly TimeProvider time;
    private readonly Counter<long> events;
    private readonly Histogram<double> lag;

    public LiveMetrics(IMeterFactory meters, TimeProvider time)
    {
        this.time = time;
        Meter = meters.Create(MeterName);
        events = Meter.CreateCounter<long>("climate.live.events", "{event}", "Live events delivered by this node's bus");
        lag = Meter.CreateHistogram<double>("climate.live.delivery_lag", "ms", "From the change to its delivery by this node's bus",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000] });
    }

    public Meter Meter { get; }

    public ValueTask OnDeliveringAsync(LiveEvent liveEvent)
    {
        var topic = new KeyValuePair<string, object?>("climate.live.topic", TopicKind(liveEvent.Topic));
        events.Add(1, topic, new KeyValuePair<string, object?>("climate.live.ephemeral", liveEvent.IsEphemeral));
        lag.Record(Math.Max(0, (time.GetUtcNow() - liveEvent.OccurredAtUtc).TotalMilliseconds), topic);
        return ValueTask.CompletedTask;
    }

    public ValueTask OnResyncAsync() => ValueTask.CompletedTask;

    // "proposal:12" counts as "proposal": one series per kind of topic, not per proposal.
    private static string TopicKind(string topic) => topic.IndexOf(':') is var colon and > 0 ? topic[..colon] : topic;
}
