using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BeneluxClimate.Domain.Common;

/// <summary>
/// Scheduled work that finds what is due in the database and handles it: once at start-up, then every interval. A failed
/// scan is logged and the next one tries again, since what was due is still due.
/// </summary>
public abstract class PeriodicScan(TimeSpan interval, TimeProvider time, ILogger logger) : BackgroundService
{
    /// <summary>Handles what is due; the number handled.</summary>
    protected abstract Task<int> ScanAsync(CancellationToken ct);

    /// <summary>One scan now, as the timer runs it.</summary>
    public Task<int> ScanNowAsync(CancellationToken ct = default) => ScanAsync(ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : interval, time);
        do
        {
            try
            {
                var handled = await ScanAsync(stoppingToken);
                if (handled > 0)
                {
                    logger.LogInformation("{Scan} handled {Count} due items.", GetType().Name, handled);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "{Scan} failed; the next scan tries again.", GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
