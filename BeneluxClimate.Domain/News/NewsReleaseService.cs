using BeneluxClimate.Domain.Common;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BeneluxClimate.Domain.News;

/// <summary>Runs <see cref="NewsReleases"/> every <see cref="NewsOptions.ReleaseScanSeconds"/> seconds.</summary>
public sealed class NewsReleaseService(NewsReleases releases, IOptions<NewsOptions> options, TimeProvider time, ILogger<NewsReleaseService> logger)
    : PeriodicScan(TimeSpan.FromSeconds(options.Value.ReleaseScanSeconds), time, logger)
{
    protected override Task<int> ScanAsync(CancellationToken ct) => releases.ReleaseDueAsync(ct);
}
