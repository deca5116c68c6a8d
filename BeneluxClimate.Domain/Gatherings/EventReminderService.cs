using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BeneluxClimate.Domain.Gatherings;

/// <summary>Runs <see cref="EventReminders"/> every <see cref="EventsOptions.ReminderScanSeconds"/> seconds.</summary>
public sealed class EventReminderService(EventReminders reminders, IOptions<EventsOptions> options, TimeProvider time, ILogger<EventReminderService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.Value.ReminderScanSeconds)), time);
        do
        {
            try
            {
                var sent = await reminders.SendDueAsync(stoppingToken);
                if (sent > 0)
                {
                    logger.LogInformation("Sent {Count} event reminders.", sent);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Sending event reminders failed; the next scan tries again.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
