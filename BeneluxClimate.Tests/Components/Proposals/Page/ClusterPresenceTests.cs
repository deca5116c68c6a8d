using BeneluxClimate.App.Live;
using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Partnerships;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Tests.Builders;
using Microsoft.Extensions.Time.Testing;

namespace BeneluxClimate.Tests.Components.Proposals.Page;

/// <summary>Nodes with a relay between them count one audience per topic.</summary>
public sealed class ClusterPresenceTests
{
    private const string Topic = "proposal:1";
    private readonly FakeLiveBus relay = new();

    [Fact]
    public async Task Viewers_on_two_nodes_are_counted_together_and_a_member_on_both_counts_once()
    {
        using var nodeA = new Node(relay, TimeProvider.System);
        using var nodeB = new Node(relay, TimeProvider.System);
        var anna = PresenceTracker.ViewerKey(Actor.Member("anna-id", Roles.Member));

        nodeA.Tracker.Join(Topic, anna);
        nodeA.Tracker.Join(Topic, PresenceTracker.ViewerKey(Actor.Anonymous));
        nodeB.Tracker.Join(Topic, anna);
        var bob = nodeB.Tracker.Join(Topic, PresenceTracker.ViewerKey(Actor.Member("bob-id", Roles.Member)));

        await nodeA.WaitForCountAsync(3);
        await nodeB.WaitForCountAsync(3);
        Assert.Equal(3, nodeB.Tracker.People(Topic));

        bob.Dispose();
        await nodeA.WaitForCountAsync(2);
    }

    [Fact]
    public async Task A_node_started_later_counts_the_viewers_already_on_the_others_at_once()
    {
        using var nodeA = new Node(relay, TimeProvider.System);
        nodeA.Tracker.Join(Topic, PresenceTracker.ViewerKey(Actor.Anonymous));
        nodeA.Tracker.Join(Topic, PresenceTracker.ViewerKey(Actor.Anonymous));
        await nodeA.WaitForCountAsync(2);

        using var nodeB = new Node(relay, TimeProvider.System); // asks the others for their shares as it starts

        await WaitUntilAsync(() => nodeB.Tracker.People(Topic) == 2);
    }

    [Fact]
    public async Task A_node_that_dies_without_a_word_drops_out_of_the_count_when_its_share_expires()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var nodeA = new Node(relay, time);
        await relay.PublishAsync(new LiveEvent(PresenceTracker.ShareTopic, null, ProposalEvents.Presence,
            new PresenceShare("gone-node", Topic, ["member:carla-id"], 4), Audience.Named(), time.GetUtcNow()));
        nodeA.Tracker.Join(Topic, PresenceTracker.ViewerKey(Actor.Anonymous));
        await nodeA.WaitForCountAsync(6);

        time.Advance(PresenceTracker.ShareLifetime - TimeSpan.FromSeconds(1));
        Assert.Equal(6, nodeA.Tracker.People(Topic));
        time.Advance(PresenceTracker.ShareRefreshInterval);

        await nodeA.WaitForCountAsync(1);
    }

    [Fact]
    public async Task On_a_single_node_nothing_is_shared()
    {
        var local = new FakeLiveBus();
        var shares = 0;
        using var listening = local.Subscribe(PresenceTracker.ShareTopic, _ =>
        {
            Interlocked.Increment(ref shares);
            return Task.CompletedTask;
        }, () => Task.CompletedTask);
        var counts = new List<int>();
        using var viewer = local.Subscribe(Topic, e =>
        {
            lock (counts)
            {
                counts.Add(((PresenceCount)e.Payload).People);
            }

            return Task.CompletedTask;
        }, () => Task.CompletedTask);
        using var tracker = new PresenceTracker(local, TimeProvider.System, relay: local);

        tracker.Join(Topic, PresenceTracker.ViewerKey(Actor.Anonymous));

        await WaitUntilAsync(() =>
        {
            lock (counts)
            {
                return counts.Contains(1);
            }
        });
        Assert.Equal(0, shares);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The expected count did not arrive in time.");
            await Task.Delay(20);
        }
    }

    /// <summary>A node: its own bus to its viewers, a tracker on the shared relay, and the counts its viewers got.</summary>
    private sealed class Node : IDisposable
    {
        private readonly FakeLiveBus local = new();
        private readonly List<int> counts = [];
        private readonly IDisposable viewer;

        public Node(FakeLiveBus relay, TimeProvider time)
        {
            Tracker = new PresenceTracker(local, time, relay);
            viewer = local.Subscribe(Topic, e =>
            {
                lock (counts)
                {
                    counts.Add(((PresenceCount)e.Payload).People);
                }

                return Task.CompletedTask;
            }, () => Task.CompletedTask);
        }

        public PresenceTracker Tracker { get; }

        public Task WaitForCountAsync(int people) => WaitUntilAsync(() =>
        {
            lock (counts)
            {
                return counts.Count > 0 && counts[^1] == people;
            }
        });

        public void Dispose()
        {
            viewer.Dispose();
            Tracker.Dispose();
        }
    }
}
