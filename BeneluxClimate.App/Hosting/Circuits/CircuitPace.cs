using System.Threading.RateLimiting;

namespace BeneluxClimate.App.Hosting.Circuits;

/// <summary>
/// One circuit's token bucket: a burst passes at once, then messages wait for the sustained rate. A circuit held back
/// without a pause longer than <see cref="CircuitLimitOptions.ThrottledSecondsBeforeDisconnect"/> is a script.
/// </summary>
internal sealed class CircuitPace(CircuitLimitOptions limits) : IDisposable
{
    private static readonly TimeSpan Pause = TimeSpan.FromSeconds(2);

    private readonly TokenBucketRateLimiter bucket = new(new TokenBucketRateLimiterOptions
    {
        TokenLimit = limits.EventBurst,
        TokensPerPeriod = limits.EventsPerSecond,
        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
        QueueLimit = 1,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        AutoReplenishment = true,
    });

    private long? heldBackSince;
    private long lastHeldBack;

    /// <summary>Waits for the message's turn; false once the circuit has been held back too long without a pause.</summary>
    public async ValueTask<bool> WaitTurnAsync()
    {
        var now = Environment.TickCount64;
        using (var lease = bucket.AttemptAcquire())
        {
            if (lease.IsAcquired)
            {
                if (now - lastHeldBack > Pause.TotalMilliseconds)
                {
                    heldBackSince = null;
                }

                return true;
            }
        }

        heldBackSince ??= now;
        lastHeldBack = now;
        if (now - heldBackSince > limits.ThrottledSecondsBeforeDisconnect * 1000L)
        {
            return false;
        }

        using var waited = await bucket.AcquireAsync();
        return waited.IsAcquired;
    }

    public void Dispose() => bucket.Dispose();
}
