using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BeneluxClimate.Domain.News;

/// <summary>Runs <see cref="NewsReleases"/> every <see cref="NewsOptions.ReleaseScanSeconds"/> seconds.</summary>
public sealed class NewsReleaseService(NewsReleases releases, IOptions<NewsOptions> options, TimeProvider time, ILogger<NewsReleaseService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.Value.ReleaseScanSeconds)), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await releases.ReleaseDueAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Announcing scheduled news failed; the next scan tries again.");
            }
        }
    }
}
