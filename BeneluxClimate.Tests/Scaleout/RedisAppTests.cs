using BeneluxClimate.Domain.Live;
using BeneluxClimate.App.Live;
using BeneluxClimate.Domain.Members;
using BeneluxClimate.Domain.Partnerships;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Tests.Builders;
using Microsoft.Extensions.DependencyInjection;

namespace BeneluxClimate.Tests.Scaleout;

/// <summary>Two whole app nodes configured with <c>ConnectionStrings:Redis</c>.</summary>
[Collection(RedisCollection.Name)]
public sealed class RedisAppTests(RedisServer server)
{
    [Fact]
    public async Task Nodes_with_Redis_configured_relay_their_live_events_and_report_Redis_on_its_own()
    {
        var redis = new Dictionary<string, string?> { ["ConnectionStrings:Redis"] = server.ConnectionString };
        await using var nodeA = new ClimateAppFactory(overrides: redis);
        await using var nodeB = new ClimateAppFactory(overrides: redis);
        using var clientA = nodeA.CreateClient();
        using var clientB = nodeB.CreateClient();
        var busA = nodeA.Services.GetRequiredService<ILiveBus>();
        var busB = nodeB.Services.GetRequiredService<ILiveBus>();
        using var onB = new Viewer(busB, LiveTopics.Directory);

        await busA.PublishAsync(new LiveEvent(LiveTopics.Directory, 1, MemberDirectory.Hidden, "member-1", Audience.Public, DateTimeOffset.UtcNow));
        await onB.WaitForAsync(e => e.Sequence == 1);

        Assert.IsType<RedisLiveBus>(busA);
        Assert.Equal("Healthy", await clientB.GetStringAsync("/healthz/redis"));
        Assert.Equal("Healthy", await clientB.GetStringAsync("/healthz/database"));
        Assert.Equal("Healthy", await OverallAsync(clientA));

        await server.StopAsync();
        try
        {
            // Without Redis a node still serves its own viewers: degraded, never unhealthy.
            Assert.Equal("Degraded", await clientA.GetStringAsync("/healthz/redis"));
            Assert.Equal("Healthy", await clientA.GetStringAsync("/healthz/database"));
            Assert.Equal("Degraded", await OverallAsync(clientA));
        }
        finally
        {
            await server.StartAsync();
        }
    }

    [Fact]
    public async Task Viewer_counts_span_the_nodes()
    {
        var redis = new Dictionary<string, string?> { ["ConnectionStrings:Redis"] = server.ConnectionString };
        await using var nodeA = new ClimateAppFactory(overrides: redis);
        await using var nodeB = new ClimateAppFactory(overrides: redis);
        _ = nodeA.Server;
        _ = nodeB.Server;
        var topic = LiveTopics.Proposal(1);
        using var onA = new Viewer(nodeA.Services.GetRequiredService<ILiveBus>(), topic);
        using var onB = new Viewer(nodeB.Services.GetRequiredService<ILiveBus>(), topic);

        var ada = nodeA.Services.GetRequiredService<PresenceTracker>().Join(topic, "member:ada");
        using var bo = nodeB.Services.GetRequiredService<PresenceTracker>().Join(topic, "member:bo");

        // A share sent before a node's relay subscription is up is lost; the next renewal (every 10 s) makes up for it.
        var converge = (int)PresenceTracker.ShareRefreshInterval.TotalSeconds + 5;
        await onA.WaitForAsync(e => e.Payload is PresenceCount { People: 2 }, converge);
        await onB.WaitForAsync(e => e.Payload is PresenceCount { People: 2 }, converge);
        var countsBefore = onB.Events.Count;
        ada.Dispose();
        await onB.WaitForAsync(e => e.Payload is PresenceCount { People: 1 } && onB.Events.ToList().IndexOf(e) >= countsBefore, converge);
    }

    // The overall status from /healthz's JSON report.
    private static async Task<string?> OverallAsync(HttpClient client)
    {
        using var report = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/healthz"));
        return report.RootElement.GetProperty("status").GetString();
    }
}
