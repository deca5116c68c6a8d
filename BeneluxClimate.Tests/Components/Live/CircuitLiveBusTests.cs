using BeneluxClimate.App.Live;
using BeneluxClimate.Domain.Live;
using BeneluxClimate.Tests.Builders;
using Microsoft.Extensions.Logging.Abstractions;

namespace BeneluxClimate.Tests.Components.Live;

public sealed class CircuitLiveBusTests : IDisposable
{
    private readonly FakeLiveBus bus = new();
    private readonly CircuitLiveBus circuit;
    private readonly List<string> received = [];

    public CircuitLiveBusTests() => circuit = new CircuitLiveBus(bus, NullLogger<CircuitLiveBus>.Instance);

    public void Dispose() => circuit.Dispose();

    [Fact]
    public async Task Components_following_one_topic_share_one_subscription_and_each_gets_every_event_in_order()
    {
        using var page = Follow("page", LiveTopics.Directory);
        using var list = Follow("list", LiveTopics.Directory);
        using var other = Follow("board", LiveTopics.Board);

        await bus.PushAsync(LiveEvents.Directory(1));
        await bus.PushAsync(LiveEvents.Directory(2));

        Assert.Equal(2, bus.SubscriberCount); // directory and news, not one per component
        Assert.Equal(["page directory#1", "list directory#1", "page directory#2", "list directory#2"], received);
    }

    [Fact]
    public async Task The_last_component_to_leave_ends_the_subscription_and_one_that_left_gets_nothing()
    {
        var page = Follow("page", LiveTopics.Directory);
        var list = Follow("list", LiveTopics.Directory);

        list.Dispose();
        await bus.PushAsync(LiveEvents.Directory(1));
        Assert.Equal(["page directory#1"], received);
        Assert.Equal(1, bus.SubscriberCount);

        page.Dispose();
        Assert.Equal(0, bus.SubscriberCount);
    }

    [Fact]
    public async Task A_failing_component_does_not_keep_the_event_from_the_others()
    {
        using var failing = circuit.Subscribe(LiveTopics.Directory, _ => throw new InvalidOperationException("broken view"), () => Task.CompletedTask);
        using var list = Follow("list", LiveTopics.Directory);

        await bus.PushAsync(LiveEvents.Directory(1));

        Assert.Equal(["list directory#1"], received);
    }

    [Fact]
    public async Task A_resync_reaches_every_component_following_the_topic()
    {
        using var page = Follow("page", LiveTopics.Directory);
        using var list = Follow("list", LiveTopics.Directory);

        await bus.ResyncAsync();

        Assert.Equal(["page resync", "list resync"], received);
    }

    [Fact]
    public void Closing_the_circuit_ends_its_subscriptions()
    {
        Follow("page", LiveTopics.Directory);
        Follow("board", LiveTopics.Board);

        circuit.Dispose();

        Assert.Equal(0, bus.SubscriberCount);
    }

    private IDisposable Follow(string component, string topic) => circuit.Subscribe(topic,
        e =>
        {
            lock (received)
            {
                received.Add($"{component} {e.Payload}");
            }

            return Task.CompletedTask;
        },
        () =>
        {
            lock (received)
            {
                received.Add($"{component} resync");
            }

            return Task.CompletedTask;
        });
}
