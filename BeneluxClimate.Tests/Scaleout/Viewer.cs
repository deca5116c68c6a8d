using System.Collections.Concurrent;
using BeneluxClimate.Domain.Live;

namespace BeneluxClimate.Tests.Scaleout;

/// <summary>A subscriber to one topic that records what it gets and lets a test wait for it.</summary>
public sealed class Viewer : IDisposable
{
    private readonly ConcurrentQueue<LiveEvent> events = new();
    private readonly IDisposable subscription;
    private int resyncs;

    public Viewer(ILiveBus bus, string topic) =>
        subscription = bus.Subscribe(topic, e =>
        {
            events.Enqueue(e);
            return Task.CompletedTask;
        }, () =>
        {
            Interlocked.Increment(ref resyncs);
            return Task.CompletedTask;
        });

    public IReadOnlyList<LiveEvent> Events => [.. events];

    public int Resyncs => Volatile.Read(ref resyncs);

    public Task WaitForAsync(Func<LiveEvent, bool> match, int seconds = 10) => UntilAsync(() => events.Any(match), seconds);

    public Task WaitForResyncAsync(int seconds = 10) => UntilAsync(() => Resyncs > 0, seconds);

    public void Dispose() => subscription.Dispose();

    private static async Task UntilAsync(Func<bool> condition, int seconds)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Nothing came within {seconds} s.");
            }

            await Task.Delay(20);
        }
    }
}
