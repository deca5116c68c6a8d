using BeneluxClimate.Domain.Common;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BeneluxClimate.Domain.Gatherings;

/// <summary>Runs <see cref="EventReminders"/> every <see cref="EventsOptions.ReminderScanSeconds"/> seconds.</summary>
public sealed class EventReminderService(EventReminders reminders, IOptions<EventsOptions> options, TimeProvider time, ILogger<EventReminderService> logger)
    : PeriodicScan(TimeSpan.FromSeconds(options.Value.ReminderScanSeconds), time, logger)
{
    protected override Task<int> ScanAsync(CancellationToken ct) => reminders.SendDueAsync(ct);
}
