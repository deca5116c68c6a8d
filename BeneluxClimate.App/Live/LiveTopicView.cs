using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BeneluxClimate.App.Live;

/// <summary>
/// Keeps one component's view of a topic current: applies the events its viewer may see in sequence order,
/// skips duplicates, and reloads from the database when it sees a gap or is told to resync. The database is
/// the truth, a push is a hint. Work on the component's state runs through its <c>InvokeAsync</c>, one step at a time.
/// </summary>
public sealed class LiveTopicView : IDisposable
{
    /// <summary>Viewers that all see the same gap spread their reloads over this much time.</summary>
    public static readonly TimeSpan MaxReloadDelay = TimeSpan.FromMilliseconds(250);

    private readonly ILiveBus bus;
    private readonly string topic;
    private readonly Actor viewer;
    private readonly Func<LiveEvent, Task> apply;
    private readonly Func<Task<long>> reload;
    private readonly Func<Func<Task>, Task> invokeAsync;
    private readonly Func<LiveEvent, bool> applies;
    private readonly ILogger logger;
    private readonly ViewerCulture culture = ViewerCulture.Capture();
    private readonly SemaphoreSlim turn = new(1, 1);
    private readonly CancellationTokenSource stopping = new();
    private readonly SortedDictionary<long, LiveEvent> early = []; // arrived ahead of a gap
    private IDisposable? subscription;
    private long lastSequence;
    private bool reloadScheduled;
    private bool resyncRequested;

    /// <param name="apply">Applies one event to the component's state and re-renders; runs on the circuit. Must be
    /// idempotent: a reload may already hold the changes of events numbered after the sequence it returns.</param>
    /// <param name="reload">Rebuilds the component's state from the database and returns the sequence it reflects
    /// (read the sequence before the data); runs on the circuit.</param>
    /// <param name="invokeAsync">The component's <c>InvokeAsync</c>.</param>
    /// <param name="applies">The kinds of event the component shows; others still count for the sequence but never
    /// take a turn on the circuit (a topic's busiest events often belong to another component).</param>
    public LiveTopicView(
        ILiveBus bus,
        string topic,
        Actor viewer,
        Func<LiveEvent, Task> apply,
        Func<Task<long>> reload,
        Func<Func<Task>, Task> invokeAsync,
        ILogger? logger = null,
        Func<LiveEvent, bool>? applies = null)
    {
        this.bus = bus;
        this.topic = topic;
        this.viewer = viewer;
        this.apply = apply;
        this.reload = reload;
        this.invokeAsync = invokeAsync;
        this.applies = applies ?? (_ => true);
        this.logger = logger ?? NullLogger.Instance;
    }

    /// <summary>The sequence number the view reflects.</summary>
    public long LastSequence => lastSequence;

    /// <summary>Subscribes, then loads the view through <c>reload</c>; events published meanwhile are not lost.</summary>
    public async Task StartAsync()
    {
        Subscribe();
        await turn.WaitAsync(stopping.Token);
        try
        {
            await ReloadNowAsync();
        }
        finally
        {
            turn.Release();
        }
    }

    /// <summary>
    /// Subscribes for a view already loaded at <paramref name="loadedSequence"/> (restored from prerendering, which may
    /// be a shared copy some seconds old), then reloads if the database has moved on since: a change committed between
    /// that render and this subscription reaches the view even when no later event reveals the gap.
    /// </summary>
    public void StartFrom(long loadedSequence, TopicSequenceReader sequences)
    {
        lastSequence = loadedSequence;
        Subscribe();
        _ = CatchUpAsync(sequences);
    }

    public void Dispose()
    {
        stopping.Cancel();
        subscription?.Dispose();
    }

    private void Subscribe()
    {
        if (subscription is not null)
        {
            throw new InvalidOperationException("The view has already started.");
        }

        subscription = bus.Subscribe(topic, OnEventAsync, OnResyncAsync);
    }

    private async Task CatchUpAsync(TopicSequenceReader sequences)
    {
        try
        {
            var current = await sequences.CurrentAsync(topic, stopping.Token);
            if (!await TryTakeTurnAsync())
            {
                return;
            }

            try
            {
                if (current > lastSequence)
                {
                    resyncRequested = true;
                    ScheduleReload();
                }
            }
            finally
            {
                turn.Release();
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Checking the live view of {Topic} against the database failed.", topic);
        }
    }

    private async Task OnEventAsync(LiveEvent liveEvent)
    {
        if (!await TryTakeTurnAsync())
        {
            return;
        }

        try
        {
            if (liveEvent.Sequence is not { } sequence)
            {
                await ApplyIfVisibleAsync(liveEvent);
            }
            else if (sequence == lastSequence + 1)
            {
                await ApplyInOrderAsync(liveEvent);
                await ApplyEarlyEventsNowInOrderAsync();
            }
            else if (sequence > lastSequence + 1)
            {
                // Usually two writers published in the other order: the missing event follows within milliseconds.
                early[sequence] = liveEvent;
                ScheduleReload();
            }
        }
        finally
        {
            turn.Release();
        }
    }

    private async Task OnResyncAsync()
    {
        if (!await TryTakeTurnAsync())
        {
            return;
        }

        try
        {
            resyncRequested = true;
            ScheduleReload();
        }
        finally
        {
            turn.Release();
        }
    }

    private async Task ApplyInOrderAsync(LiveEvent liveEvent)
    {
        lastSequence = liveEvent.Sequence!.Value;
        try
        {
            await ApplyIfVisibleAsync(liveEvent);
        }
        catch
        {
            resyncRequested = true;
            ScheduleReload();
            throw;
        }
    }

    private async Task ApplyEarlyEventsNowInOrderAsync()
    {
        foreach (var stale in early.Keys.Where(s => s <= lastSequence).ToList())
        {
            early.Remove(stale);
        }

        while (early.Remove(lastSequence + 1, out var next))
        {
            await ApplyInOrderAsync(next);
        }
    }

    private Task ApplyIfVisibleAsync(LiveEvent liveEvent) =>
        liveEvent.Audience.CanSee(viewer) && applies(liveEvent) ? invokeAsync(() => culture.RunAsync(() => apply(liveEvent))) : Task.CompletedTask;

    private void ScheduleReload()
    {
        if (reloadScheduled)
        {
            return;
        }

        reloadScheduled = true;
        _ = ReloadAfterDelayAsync(TimeSpan.FromMilliseconds(Random.Shared.Next((int)MaxReloadDelay.TotalMilliseconds + 1)));
    }

    private async Task ReloadAfterDelayAsync(TimeSpan delay)
    {
        try
        {
            await Task.Delay(delay, stopping.Token);
            await turn.WaitAsync(stopping.Token);
            try
            {
                reloadScheduled = false;
                if (resyncRequested || early.Count > 0)
                {
                    await ReloadNowAsync();
                }
            }
            finally
            {
                turn.Release();
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Reloading the live view of {Topic} failed.", topic);
        }
    }

    private async Task ReloadNowAsync()
    {
        long reloaded = 0;
        await invokeAsync(() => culture.RunAsync(async () => reloaded = await reload()));
        lastSequence = reloaded;
        resyncRequested = false;
        await ApplyEarlyEventsNowInOrderAsync();
        if (early.Count > 0)
        {
            ScheduleReload();
        }
    }

    private async Task<bool> TryTakeTurnAsync()
    {
        try
        {
            await turn.WaitAsync(stopping.Token);
        }
        catch (OperationCanceledException)
        {
            return false;
        }

        if (stopping.IsCancellationRequested)
        {
            turn.Release();
            return false;
        }

        return true;
    }
}
