using BeneluxClimate.Domain.Notifications;
using BeneluxClimate.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BeneluxClimate.Domain.Gatherings;

/// <summary>
/// Reminds registered attendees in-app about a day before their event, once per registration: each reminder is claimed
/// by a conditional update of <see cref="Registration.ReminderSentAtUtc"/>, so two nodes or two scans never send it twice.
/// </summary>
public sealed class EventReminders(
    IDbContextFactory<ClimateDbContext> contexts, PartnershipNotifier notifier, IOptions<EventsOptions> options, TimeProvider time)
{
    public const int BatchSize = 500;

    /// <summary>Sends the reminders now due; returns how many.</summary>
    public async Task<int> SendDueAsync(CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var horizon = now.AddHours(options.Value.ReminderLeadHours);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var due = await (
                from r in db.Registrations
                join g in db.Gatherings on r.GatheringId equals g.Id
                where r.Status == RegistrationStatus.Registered && r.ReminderSentAtUtc == null && !g.IsHidden
                    && g.StartsAtUtc > now && g.StartsAtUtc <= horizon
                select new { r.Id, r.MemberId, r.GatheringId, g.Title })
            .AsNoTracking().Take(BatchSize).ToListAsync(ct);
        var sent = 0;
        foreach (var gathering in due.GroupBy(d => (d.GatheringId, d.Title)))
        {
            var claimed = new List<string>();
            foreach (var reminder in gathering)
            {
                var won = await db.Registrations.Where(r => r.Id == reminder.Id && r.ReminderSentAtUtc == null && r.Status == RegistrationStatus.Registered)
                    .ExecuteUpdateAsync(s => s.SetProperty(r => r.ReminderSentAtUtc, now), ct);
                if (won == 1)
                {
                    claimed.Add(reminder.MemberId);
                }
            }

            if (claimed.Count > 0)
            {
                await notifier.NotifyAsync(claimed.Select(id => (id, NotificationKind.EventReminder)), gathering.Key.GatheringId, gathering.Key.Title, null, "", ct);
                sent += claimed.Count;
            }
        }

        return sent;
    }
}
