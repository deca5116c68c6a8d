using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace BeneluxClimate.Domain.Security;

/// <summary>Per-member limit on writes, one window per member and kind of write.</summary>
public sealed class WriteRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<(string Action, string UserId)> limiter;

    public WriteRateLimiter(IOptions<RateLimitOptions> options)
    {
        var permits = options.Value.WritesPerMemberPerMinute;
        limiter = PartitionedRateLimiter.Create<(string Action, string UserId), (string, string)>(key =>
            RateLimitPartition.GetSlidingWindowLimiter(key, _ => new SlidingWindowRateLimiterOptions
            {
                PermitLimit = permits,
                Window = TimeSpan.FromMinutes(1),
                SegmentsPerWindow = 6,
                QueueLimit = 0,
            }));
    }

    public bool TryAcquire(string action, string userId)
    {
        using var lease = limiter.AttemptAcquire((action, userId));
        return lease.IsAcquired;
    }

    public void Dispose() => limiter.Dispose();
}
