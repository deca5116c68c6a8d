using BeneluxClimate.Domain.Cluster;
using BeneluxClimate.Domain.Common;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BeneluxClimate.Domain.News;

/// <summary>
/// Runs <see cref="NewsReleases"/> every <see cref="NewsOptions.ReleaseScanSeconds"/> seconds, on one node at a time:
/// each announcement takes a number of the news topic, and the bus carries it to every node's viewers.
/// </summary>
public sealed class NewsReleaseService(
    NewsReleases releases, ClusterLeases leases, IOptions<NewsOptions> options, TimeProvider time, ILogger<NewsReleaseService> logger)
    : PeriodicScan(TimeSpan.FromSeconds(options.Value.ReleaseScanSeconds), time, logger)
{
    public const string Lease = "news-releases";

    // Three scans: a node that misses one renewal keeps the work; one that died hands it over after this long.
    private readonly TimeSpan leaseDuration = TimeSpan.FromSeconds(Math.Max(1, options.Value.ReleaseScanSeconds) * 3);

    protected override async Task<int> ScanAsync(CancellationToken ct)
    {
        if (await leases.TryHoldAsync(Lease, leaseDuration, ct))
        {
            return await releases.ReleaseDueAsync(ct);
        }

        releases.LeaveToAnotherNode(leaseDuration);
        return 0;
    }
}
