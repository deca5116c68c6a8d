using System.Collections.Concurrent;
using BeneluxClimate.Domain.Live;
using BeneluxClimate.Tests.Builders;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BeneluxClimate.Tests.Domain.Live;

public sealed class InProcessLiveBusTests : IAsyncLifetime
{
    private InProcessLiveBus bus = NewBus(new LiveOptions());

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await bus.DisposeAsync();

    [Fact]
    public async Task Delivers_to_the_subscribers_of_the_topic_only()
    {
        var directory = new ConcurrentQueue<LiveEvent>();
        var proposal = new ConcurrentQueue<LiveEvent>();
        var directoryReceived = Signal();
        var proposalReceived = Signal();
        using var a = bus.Subscribe(LiveTopics.Directory, Record(directory, directoryReceived), NoResync);
        using var b = bus.Subscribe("proposal:1", Record(proposal, proposalReceived), NoResync);

        await bus.PublishAsync(LiveEvents.Directory(1));
        await bus.PublishAsync(LiveEvents.On("proposal:1", 1));
        await Task.WhenAll(directoryReceived.Task, proposalReceived.Task).Within();

        Assert.Equal("directory#1", Assert.Single(directory).Payload);
        Assert.Equal("proposal:1#1", Assert.Single(proposal).Payload); // a stray directory event would have come first
    }

    [Fact]
    public async Task Publishing_returns_at_once_and_a_blocked_subscriber_does_not_hold_up_the_others()
    {
        var blocker = Signal();
        var slowStarted = Signal();
        var fast = new ConcurrentQueue<LiveEvent>();
        var fastReceivedBoth = Signal();
        using var slow = bus.Subscribe(LiveTopics.Directory, _ =>
        {
            slowStarted.TrySetResult();
            blocker.Task.Wait(); // blocks its thread, not just its task
            return Task.CompletedTask;
        }, NoResync);
        using var quick = bus.Subscribe(LiveTopics.Directory, e =>
        {
            fast.Enqueue(e);
            if (fast.Count == 2)
            {
                fastReceivedBoth.TrySetResult();
            }

            return Task.CompletedTask;
        }, NoResync);

        var first = bus.PublishAsync(LiveEvents.Directory(1));
        Assert.True(first.IsCompletedSuccessfully);
        await slowStarted.Task.Within();
        var second = bus.PublishAsync(LiveEvents.Directory(2));
        Assert.True(second.IsCompletedSuccessfully);

        await fastReceivedBoth.Task.Within();
        Assert.Equal([1L, 2L], fast.Select(e => e.Sequence!.Value));
        blocker.SetResult();
    }

    [Fact]
    public async Task A_throwing_subscriber_does_not_stop_the_others_nor_its_own_later_events()
    {
        var thrower = new ConcurrentQueue<LiveEvent>();
        var others = new ConcurrentQueue<LiveEvent>();
        var throwerGotBoth = Signal();
        var othersGotBoth = Signal();
        using var failing = bus.Subscribe(LiveTopics.Directory, e =>
        {
            thrower.Enqueue(e);
            if (thrower.Count == 2)
            {
                throwerGotBoth.TrySetResult();
            }

            throw new InvalidOperationException("A component that failed to render.");
        }, NoResync);
        using var failingLater = bus.Subscribe(LiveTopics.Directory, async _ =>
        {
            await Task.Yield();
            throw new InvalidOperationException("A component that failed after an await.");
        }, NoResync);
        using var healthy = bus.Subscribe(LiveTopics.Directory, Record(others, othersGotBoth, expected: 2), NoResync);

        await bus.PublishAsync(LiveEvents.Directory(1));
        await bus.PublishAsync(LiveEvents.Directory(2));

        await Task.WhenAll(throwerGotBoth.Task, othersGotBoth.Task).Within();
        Assert.Equal([1L, 2L], others.Select(e => e.Sequence!.Value));
    }

    [Fact]
    public async Task A_disposed_subscription_receives_nothing_not_even_events_already_waiting_for_it()
    {
        var blocker = Signal();
        var firstArrived = Signal();
        var received = new ConcurrentQueue<LiveEvent>();
        var witness = new ConcurrentQueue<LiveEvent>();
        var witnessGotThree = Signal();
        var subscription = bus.Subscribe(LiveTopics.Directory, async e =>
        {
            received.Enqueue(e);
            firstArrived.TrySetResult();
            await blocker.Task;
        }, NoResync);
        using var other = bus.Subscribe(LiveTopics.Directory, Record(witness, witnessGotThree, expected: 3), NoResync);

        await bus.PublishAsync(LiveEvents.Directory(1));
        await firstArrived.Task.Within();
        await bus.PublishAsync(LiveEvents.Directory(2)); // waits behind event 1
        subscription.Dispose();
        blocker.SetResult();
        await bus.PublishAsync(LiveEvents.Directory(3));
        await witnessGotThree.Task.Within();
        await Task.Delay(50); // give a wrongly queued delivery the chance to show up

        Assert.Equal([1L], received.Select(e => e.Sequence!.Value));
    }

    [Fact]
    public async Task Each_subscriber_receives_its_events_in_publishing_order()
    {
        var received = new ConcurrentQueue<LiveEvent>();
        var all = Signal();
        using var subscription = bus.Subscribe(LiveTopics.Directory, async e =>
        {
            await Task.Yield();
            received.Enqueue(e);
            if (received.Count == 200)
            {
                all.TrySetResult();
            }
        }, NoResync);

        for (var sequence = 1; sequence <= 200; sequence++)
        {
            await bus.PublishAsync(LiveEvents.Directory(sequence));
        }

        await all.Task.Within();
        Assert.Equal(Enumerable.Range(1, 200).Select(i => (long)i), received.Select(e => e.Sequence!.Value));
    }

    [Fact]
    public async Task Resync_all_reaches_every_subscriber_on_every_topic()
    {
        var directoryResynced = Signal();
        var proposalResynced = Signal();
        using var a = bus.Subscribe(LiveTopics.Directory, _ => Task.CompletedTask, Resynced(directoryResynced));
        using var b = bus.Subscribe("proposal:7", _ => Task.CompletedTask, Resynced(proposalResynced));

        await bus.ResyncAllAsync();

        await Task.WhenAll(directoryResynced.Task, proposalResynced.Task).Within();
    }

    [Fact]
    public async Task A_subscriber_too_far_behind_loses_the_waiting_events_and_is_told_to_resync()
    {
        await bus.DisposeAsync();
        bus = NewBus(new LiveOptions { SubscriberBacklog = 3 });
        var blocker = Signal();
        var resynced = Signal();
        var received = new ConcurrentQueue<long>();
        using var subscription = bus.Subscribe(LiveTopics.Directory, async e =>
        {
            received.Enqueue(e.Sequence!.Value);
            await blocker.Task;
        }, Resynced(resynced));
        var delivered = Signal();
        using var witness = bus.Subscribe(LiveTopics.Directory, e =>
        {
            if (e.Sequence == 10)
            {
                delivered.TrySetResult();
            }

            return Task.CompletedTask;
        }, NoResync);

        for (var sequence = 1; sequence <= 10; sequence++)
        {
            await bus.PublishAsync(LiveEvents.Directory(sequence));
        }

        await delivered.Task.Within();
        blocker.SetResult();
        await resynced.Task.Within();
        Assert.DoesNotContain(5L, received); // dropped while the subscriber was stuck on event 1
    }

    private static InProcessLiveBus NewBus(LiveOptions options) =>
        new(Options.Create(options), NullLogger<InProcessLiveBus>.Instance);

    private static TaskCompletionSource Signal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private static Task NoResync() => Task.CompletedTask;

    private static Func<Task> Resynced(TaskCompletionSource signal) => () =>
    {
        signal.TrySetResult();
        return Task.CompletedTask;
    };

    private static Func<LiveEvent, Task> Record(ConcurrentQueue<LiveEvent> into, TaskCompletionSource signal, int expected = 1) => e =>
    {
        into.Enqueue(e);
        if (into.Count >= expected)
        {
            signal.TrySetResult();
        }

        return Task.CompletedTask;
    };
}
