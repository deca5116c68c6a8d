namespace BeneluxClimate.Domain.Gatherings;

/// <summary>Event settings (section "Events"); production defaults.</summary>
public sealed class EventsOptions
{
    public const string Section = "Events";

    /// <summary>How often the reminder service looks for events starting within <see cref="ReminderLeadHours"/>.</summary>
    public int ReminderScanSeconds { get; set; } = 60;

    /// <summary>Registered attendees are reminded this many hours before the start.</summary>
    public int ReminderLeadHours { get; set; } = 24;
}
