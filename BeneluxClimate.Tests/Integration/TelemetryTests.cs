using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Net;
using BeneluxClimate.App.Hosting.Telemetry;
using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Partnerships;
using BeneluxClimate.Tests.Builders;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;

namespace BeneluxClimate.Tests.Integration;

public sealed class TelemetryTests
{
    [Fact]
    public async Task Each_live_event_the_bus_delivers_is_counted_with_its_delay_since_the_change()
    {
        await using var app = new ClimateAppFactory();
        _ = app.Server; // started
        var metrics = app.Services.GetRequiredService<LiveMetrics>();
        var measurements = new ConcurrentQueue<(string Instrument, double Value, string? Topic)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (ReferenceEquals(instrument.Meter, metrics.Meter))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => measurements.Enqueue((instrument.Name, value, TopicOf(tags))));
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => measurements.Enqueue((instrument.Name, value, TopicOf(tags))));
        listener.Start();

        var changedAt = DateTimeOffset.UtcNow.AddMilliseconds(-40);
        await app.Services.GetRequiredService<ILiveBus>().PublishAsync(
            new LiveEvent(LiveTopics.Proposal(7), null, ProposalEvents.Typing, "someone", Audience.Public, changedAt));

        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (measurements.Count < 2 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        Assert.Contains(measurements, m => m is { Instrument: "climate.live.events", Value: 1, Topic: "proposal" });
        Assert.Contains(measurements, m => m is { Instrument: "climate.live.delivery_lag", Value: >= 40, Topic: "proposal" });
    }

    [Fact]
    public async Task With_an_OTLP_endpoint_the_app_exports_metrics_and_serves_as_usual()
    {
        await using var app = new ClimateAppFactory(overrides: new() { ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "http://127.0.0.1:9" });
        var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        Assert.NotNull(app.Services.GetService<MeterProvider>());
    }

    [Fact]
    public async Task Without_an_OTLP_endpoint_nothing_is_collected()
    {
        await using var app = new ClimateAppFactory();
        _ = app.Server;

        Assert.Null(app.Services.GetService<MeterProvider>());
    }

    private static string? TopicOf(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        foreach (var tag in tags)
        {
            if (tag.Key == "climate.live.topic")
            {
                return tag.Value as string;
            }
        }

        return null;
    }
}
