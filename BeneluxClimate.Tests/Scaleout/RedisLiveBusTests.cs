using System.Diagnostics;
using BeneluxClimate.App.Live;
using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Partnerships;

namespace BeneluxClimate.Tests.Scaleout;

/// <summary>Two app nodes, each with its own in-process bus, relaying live events through one Redis server.</summary>
[Collection(RedisCollection.Name)]
public sealed class RedisLiveBusTests(RedisServer server) : IAsyncLifetime
{
    private const string Topic = "proposal:7";
    private RedisNode nodeA = null!;
    private RedisNode nodeB = null!;

    public async Task InitializeAsync()
    {
        var channel = "test:" + Guid.NewGuid().ToString("N"); // no other test's nodes on it
        nodeA = await RedisNode.StartAsync(server, channel);
        nodeB = await RedisNode.StartAsync(server, channel);
    }

    public async Task DisposeAsync()
    {
        await nodeA.DisposeAsync();
        await nodeB.DisposeAsync();
    }

    [Fact]
    public async Task An_event_published_on_one_node_reaches_viewers_on_both_nodes_exactly_once()
    {
        using var onA = new Viewer(nodeA.Bus, Topic);
        using var onB = new Viewer(nodeB.Bus, Topic);

        await nodeA.Bus.PublishAsync(Comment(1));
        await onB.WaitForAsync(e => e.Sequence == 1);
        // B answers after it has the comment; A's own copy from Redis, were it delivered, would come before the answer.
        await nodeB.Bus.PublishAsync(Comment(2));
        await onA.WaitForAsync(e => e.Sequence == 2);
        await onB.WaitForAsync(e => e.Sequence == 2);

        Assert.Equal([1L, 2L], onA.Events.Select(e => e.Sequence));
        Assert.Equal([1L, 2L], onB.Events.Select(e => e.Sequence));
        Assert.Equal(Comment(1), onB.Events[0]);
    }

    [Fact]
    public async Task Ephemeral_events_relay_too()
    {
        using var onB = new Viewer(nodeB.Bus, Topic);
        var typing = new LiveEvent(Topic, null, ProposalEvents.Typing, new TypingNotice("u1", "Ada"), Audience.Public, DateTimeOffset.UtcNow);
        var presence = new LiveEvent(Topic, null, ProposalEvents.Presence, new PresenceCount(3), Audience.Public, DateTimeOffset.UtcNow);

        await nodeA.Bus.PublishAsync(typing);
        await nodeA.Bus.PublishAsync(presence);
        await onB.WaitForAsync(e => e.Kind == ProposalEvents.Presence);

        Assert.Equal([typing, presence], onB.Events);
    }

    [Fact]
    public async Task After_Redis_was_away_each_node_keeps_serving_its_own_viewers_and_tells_them_all_to_resync()
    {
        using var onA = new Viewer(nodeA.Bus, Topic);
        using var onB = new Viewer(nodeB.Bus, Topic);

        await server.StopAsync();
        var clock = Stopwatch.StartNew();
        for (var sequence = 1; sequence <= 20; sequence++)
        {
            await nodeA.Bus.PublishAsync(Comment(sequence));
        }

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"Publishing without Redis took {clock.Elapsed}.");
        await onA.WaitForAsync(e => e.Sequence == 20);
        Assert.Empty(onB.Events);

        await server.StartAsync();
        await Task.WhenAll(onA.WaitForResyncAsync(), onB.WaitForResyncAsync());

        await nodeA.Bus.PublishAsync(Comment(21));
        await onB.WaitForAsync(e => e.Sequence == 21);
        Assert.Equal([21L], onB.Events.Select(e => e.Sequence));
    }

    [Fact]
    public async Task Nodes_started_before_Redis_relay_once_it_is_up()
    {
        var late = new RedisServer();
        try
        {
            var channel = "test:" + Guid.NewGuid().ToString("N");
            await using var first = await RedisNode.StartAsync(late, channel);
            await using var second = await RedisNode.StartAsync(late, channel);
            using var onSecond = new Viewer(second.Bus, Topic);
            await first.Bus.PublishAsync(Comment(1)); // nowhere to go yet, and no fault for the publisher

            await late.StartAsync();
            await onSecond.WaitForResyncAsync();
            await first.Bus.PublishAsync(Comment(2));
            await onSecond.WaitForAsync(e => e.Sequence == 2);

            Assert.Equal([2L], onSecond.Events.Select(e => e.Sequence));
        }
        finally
        {
            await late.DisposeAsync();
        }
    }

    private static LiveEvent Comment(long sequence) =>
        new(Topic, sequence, ProposalEvents.CommentPosted, sequence, Audience.Public, new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
}
