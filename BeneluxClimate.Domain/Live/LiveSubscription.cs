using Microsoft.Extensions.Logging;

namespace BeneluxClimate.Domain.Live;

/// <summary>
/// One subscriber's mailbox: events and resync requests run one at a time, in order, on the thread pool,
/// so a slow subscriber only delays itself. Past the backlog limit, waiting events are dropped for one resync.
/// </summary>
internal sealed class LiveSubscription(
    string topic,
    Func<LiveEvent, Task> onEvent,
    Func<Task> onResync,
    int backlogLimit,
    Action<LiveSubscription> unsubscribe,
    ILogger logger) : IDisposable
{
    private static readonly object Resync = new();

    private readonly Lock gate = new();
    private readonly Queue<object> waiting = new();
    private bool draining;
    private bool disposed;

    public string Topic => topic;

    public void Deliver(LiveEvent liveEvent) => Enqueue(liveEvent);

    public void RequestResync() => Enqueue(Resync);

    public void Dispose()
    {
        lock (gate)
        {
            if (disposed)
            {
                return;
            }

            disposed = true;
            waiting.Clear();
        }

        unsubscribe(this);
    }

    private void Enqueue(object work)
    {
        lock (gate)
        {
            if (disposed)
            {
                return;
            }

            if (waiting.Count >= backlogLimit)
            {
                logger.LogWarning("A subscriber to {Topic} fell {Count} events behind; it will resync.", topic, waiting.Count);
                waiting.Clear();
                waiting.Enqueue(Resync);
            }

            waiting.Enqueue(work);
            if (draining)
            {
                return;
            }

            draining = true;
        }

        ThreadPool.UnsafeQueueUserWorkItem(static s => _ = s.DrainAsync(), this, preferLocal: false);
    }

    private async Task DrainAsync()
    {
        while (true)
        {
            object work;
            lock (gate)
            {
                if (disposed || !waiting.TryDequeue(out work!))
                {
                    draining = false;
                    return;
                }
            }

            try
            {
                await (work == Resync ? onResync() : onEvent((LiveEvent)work));
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "A live subscriber to {Topic} failed on {Work}.", topic, work == Resync ? "resync" : ((LiveEvent)work).Kind);
            }
        }
    }
}
