using System.Threading.RateLimiting;

namespace BeneluxClimate.App.Hosting.Circuits;

/// <summary>
/// One circuit's token bucket: a burst passes at once, then messages wait for the sustained rate. A circuit held back
/// without a pause longer than <see cref="CircuitLimitOptions.ThrottledSecondsBeforeDisconnect"/> is a script.
/// The bucket refills from the time elapsed whenever a message asks for a turn, not on a timer: a timer per circuit is
/// thousands of timers firing every second on a busy node, and walking them took a tenth of the app's CPU during a
/// fan-out to 1,000 screens (fanout benchmark in docs/benchmarks.md).
/// </summary>
internal sealed class CircuitPace(CircuitLimitOptions limits) : IDisposable
{
    private static readonly TimeSpan Pause = TimeSpan.FromSeconds(2);

    private readonly TokenBucketRateLimiter bucket = new(new TokenBucketRateLimiterOptions
    {
        TokenLimit = limits.EventBurst,
        TokensPerPeriod = limits.EventsPerSecond,
        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
        QueueLimit = 0,
        AutoReplenishment = false,
    });

    private readonly TimeSpan tokenInterval = TimeSpan.FromSeconds(1.0 / Math.Max(1, limits.EventsPerSecond));

    private long? heldBackSince;
    private long lastHeldBack;

    /// <summary>True once the circuit has been held back too long; every later message is refused at once.</summary>
    public bool CutOff { get; private set; }

    /// <summary>Waits for the message's turn; false once the circuit has been held back too long without a pause.</summary>
    public async ValueTask<bool> WaitTurnAsync()
    {
        if (CutOff)
        {
            return false;
        }

        var now = Environment.TickCount64;
        if (TryTakeToken())
        {
            if (now - lastHeldBack > Pause.TotalMilliseconds)
            {
                heldBackSince = null;
            }

            return true;
        }

        heldBackSince ??= now;
        lastHeldBack = now;
        if (now - heldBackSince > limits.ThrottledSecondsBeforeDisconnect * 1000L)
        {
            CutOff = true;
            return false;
        }

        // A hub handles one message of a circuit at a time, so at most one waits here.
        do
        {
            await Task.Delay(tokenInterval);
        }
        while (!TryTakeToken());

        return true;
    }

    private bool TryTakeToken()
    {
        bucket.TryReplenish(); // adds the tokens earned since the last call
        using var lease = bucket.AttemptAcquire();
        return lease.IsAcquired;
    }

    public void Dispose() => bucket.Dispose();
}
