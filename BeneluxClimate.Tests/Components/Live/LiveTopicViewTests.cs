using System.Collections.Concurrent;
using BeneluxClimate.App.Live;
using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Tests.Builders;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BeneluxClimate.Tests.Components.Live;

public sealed class LiveTopicViewTests : IDisposable
{
    private readonly FakeLiveBus bus = new();
    private readonly ConcurrentQueue<string> applied = new();
    private readonly ConcurrentQueue<long> reloadsReturned = new();
    private long databaseSequence;
    private TaskCompletionSource reloaded = Signal();
    private Func<Task>? duringReload;
    private LiveTopicView view = null!;

    public void Dispose() => view.Dispose();

    [Fact]
    public async Task Starting_loads_the_view_and_in_order_events_are_applied()
    {
        databaseSequence = 4;
        await StartAsync(Actor.Anonymous);

        await bus.PushAsync(LiveEvents.Directory(5));
        await bus.PushAsync(LiveEvents.Directory(6));

        Assert.Equal(["directory#5", "directory#6"], applied);
        Assert.Equal([4L], reloadsReturned);
        Assert.Equal(6, view.LastSequence);
    }

    [Fact]
    public async Task Duplicates_and_older_events_are_dropped()
    {
        await StartAsync(Actor.Anonymous);

        await bus.PushAsync(LiveEvents.Directory(1));
        await bus.PushAsync(LiveEvents.Directory(1));
        await bus.PushAsync(LiveEvents.Directory(2));
        await bus.PushAsync(LiveEvents.Directory(1));

        Assert.Equal(["directory#1", "directory#2"], applied);
    }

    [Fact]
    public async Task A_gap_reloads_from_the_database_and_later_events_apply_on_top()
    {
        await StartAsync(Actor.Anonymous);
        await bus.PushAsync(LiveEvents.Directory(1));
        reloaded = Signal();
        databaseSequence = 3; // event 2 was lost

        await bus.PushAsync(LiveEvents.Directory(3));
        await reloaded.Task.Within();
        await bus.PushAsync(LiveEvents.Directory(3));
        await bus.PushAsync(LiveEvents.Directory(4));

        Assert.Equal(["directory#1", "directory#4"], applied); // 3 is in the reloaded view
        Assert.Equal([0L, 3L], reloadsReturned);
    }

    [Fact]
    public async Task Events_the_viewer_may_not_see_are_dropped_but_keep_the_sequence_going()
    {
        await StartAsync(Actor.Anonymous);

        await bus.PushAsync(LiveEvents.Directory(1, Audience.Members));
        await bus.PushAsync(LiveEvents.Directory(2, Audience.Moderators));
        await bus.PushAsync(LiveEvents.Directory(3, Audience.Named("someone-else")));
        await bus.PushAsync(LiveEvents.Directory(4));
        await bus.PushAsync(LiveEvents.Directory(null, Audience.Members));

        Assert.Equal(["directory#4"], applied);
        Assert.Equal(4, view.LastSequence);
        Assert.Single(reloadsReturned); // no gap was seen
    }

    [Fact]
    public async Task Ephemeral_events_are_applied_as_they_come_without_touching_the_sequence()
    {
        await StartAsync(Actor.Member("anna", Roles.Member));

        await bus.PushAsync(LiveEvents.Directory(null));
        await bus.PushAsync(LiveEvents.Directory(1));
        await bus.PushAsync(LiveEvents.Directory(null, Audience.Named("anna")));

        Assert.Equal(["directory#ephemeral", "directory#1", "directory#ephemeral"], applied);
        Assert.Equal(1, view.LastSequence);
    }

    [Fact]
    public async Task A_resync_reloads_and_drops_events_the_reload_already_reflects()
    {
        await StartAsync(Actor.Anonymous);
        reloaded = Signal();
        databaseSequence = 7;

        await bus.ResyncAsync();
        await reloaded.Task.Within();
        await bus.PushAsync(LiveEvents.Directory(7));
        await bus.PushAsync(LiveEvents.Directory(8));

        Assert.Equal(["directory#8"], applied);
        Assert.Equal([0L, 7L], reloadsReturned);
    }

    [Fact]
    public async Task Events_arriving_during_a_reload_wait_for_it_and_only_newer_ones_apply()
    {
        await StartAsync(Actor.Anonymous);
        var reloadRunning = Signal();
        var finishReload = Signal();
        duringReload = async () =>
        {
            reloadRunning.TrySetResult();
            await finishReload.Task;
        };
        reloaded = Signal();
        databaseSequence = 5;

        await bus.ResyncAsync();
        await reloadRunning.Task.Within();
        var stale = bus.PushAsync(LiveEvents.Directory(5));
        var fresh = bus.PushAsync(LiveEvents.Directory(6));
        Assert.Empty(applied);
        finishReload.SetResult();
        await Task.WhenAll(reloaded.Task, stale, fresh).Within();

        Assert.Equal(["directory#6"], applied);
    }

    [Fact]
    public async Task Disposing_the_view_ends_its_subscription()
    {
        await StartAsync(Actor.Anonymous);
        Assert.Equal(1, bus.SubscriberCount);

        view.Dispose();
        await bus.PushAsync(LiveEvents.Directory(1));

        Assert.Equal(0, bus.SubscriberCount);
        Assert.Empty(applied);
    }

    [Fact]
    public async Task With_the_real_bus_a_stream_of_events_arrives_in_order()
    {
        await using var realBus = new InProcessLiveBus(Options.Create(new LiveOptions()), NullLogger<InProcessLiveBus>.Instance);
        var all = Signal();
        view = new LiveTopicView(realBus, LiveTopics.Directory, Actor.Anonymous, e =>
        {
            applied.Enqueue((string)e.Payload);
            if (applied.Count == 100)
            {
                all.TrySetResult();
            }

            return Task.CompletedTask;
        }, () => Task.FromResult(0L), OnCircuit);
        await view.StartAsync();

        for (var sequence = 1; sequence <= 100; sequence++)
        {
            await realBus.PublishAsync(LiveEvents.Directory(sequence));
        }

        await all.Task.Within();
        Assert.Equal(Enumerable.Range(1, 100).Select(i => $"directory#{i}"), applied);
    }

    [Fact]
    public async Task A_pushed_event_is_applied_in_the_viewers_language_whatever_thread_delivers_it()
    {
        string? appliedIn = null;
        var previous = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("nl");
        try
        {
            view = new LiveTopicView(bus, LiveTopics.Directory, Actor.Anonymous, _ =>
            {
                appliedIn = System.Globalization.CultureInfo.CurrentUICulture.Name;
                return Task.CompletedTask;
            }, () => Task.FromResult(0L), OnCircuit);
            await view.StartAsync();
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = previous;
        }

        await Task.Run(async () =>
        {
            System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.InvariantCulture; // the bus's thread
            await bus.PushAsync(LiveEvents.Directory(1));
        });

        Assert.Equal("nl", appliedIn);
    }

    private async Task StartAsync(Actor viewer)
    {
        view = new LiveTopicView(bus, LiveTopics.Directory, viewer, ApplyAsync, ReloadAsync, OnCircuit);
        await view.StartAsync();
    }

    private Task ApplyAsync(LiveEvent liveEvent)
    {
        applied.Enqueue((string)liveEvent.Payload);
        return Task.CompletedTask;
    }

    private async Task<long> ReloadAsync()
    {
        var sequence = databaseSequence;
        if (duringReload is { } wait)
        {
            await wait();
        }

        reloadsReturned.Enqueue(sequence);
        reloaded.TrySetResult();
        return sequence;
    }

    // Stands in for a component's InvokeAsync.
    private static Task OnCircuit(Func<Task> work) => work();

    private static TaskCompletionSource Signal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
