using System.Security.Cryptography;
using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Domain.Security;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.EntityFrameworkCore;

namespace BeneluxClimate.Domain.Gatherings;

/// <summary>
/// iCalendar files built with Ical.Net: one event, the public feed of upcoming events, and each member's personal feed
/// (reached by a secret token, since calendar apps send no cookie) that adds the meeting link of events they hold a seat at.
/// Times are written in UTC; every VEVENT carries the event page's absolute address.
/// </summary>
public sealed class CalendarFeeds(IDbContextFactory<ClimateDbContext> contexts, Commands commands, WriteRateLimiter limiter, TimeProvider time)
{
    /// <summary>The most events one feed carries.</summary>
    public const int FeedLimit = 500;

    /// <summary>Ended events stay in the feeds this long, so calendars keep recent history.</summary>
    public static readonly TimeSpan FeedHistory = TimeSpan.FromDays(30);

    public async Task<Result<string>> EventAsync(Actor viewer, int gatheringId, Uri siteBase, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var gathering = await db.Gatherings.AsNoTracking().SingleOrDefaultAsync(g => g.Id == gatheringId, ct);
        if (gathering is null || !GatheringReads.MaySee(viewer, gathering))
        {
            return Result<string>.Refused(Refusal.NotFound);
        }

        var seated = viewer.IsSignedIn && (GatheringReads.MayEdit(viewer, gathering) || await db.Registrations.AnyAsync(
            r => r.GatheringId == gatheringId && r.MemberId == viewer.UserId && r.Status == RegistrationStatus.Registered, ct));
        return Result<string>.Ok(Serialize([Event(gathering, siteBase, seated)], gathering.Title));
    }

    /// <summary>All upcoming (and recently ended) events, without meeting links.</summary>
    public async Task<string> PublicFeedAsync(Uri siteBase, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var events = await FeedEventsAsync(db, ct);
        return Serialize(events.Select(g => Event(g, siteBase, withMeetingLink: false)), "Benelux Climate events");
    }

    /// <summary>The public feed plus the meeting links of the member's seats; NotFound for an unknown or reset token.</summary>
    public async Task<Result<string>> PersonalFeedAsync(string token, Uri siteBase, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100)
        {
            return Result<string>.Refused(Refusal.NotFound);
        }

        var hash = Hash(token);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var memberId = await db.CalendarFeedTokens.AsNoTracking().Where(t => t.TokenHash == hash).Select(t => t.MemberId).SingleOrDefaultAsync(ct);
        if (memberId is null)
        {
            return Result<string>.Refused(Refusal.NotFound);
        }

        var events = await FeedEventsAsync(db, ct);
        var ids = events.Select(g => g.Id).ToList();
        var seats = (await db.Registrations.AsNoTracking()
            .Where(r => r.MemberId == memberId && r.Status == RegistrationStatus.Registered && ids.Contains(r.GatheringId))
            .Select(r => r.GatheringId).ToListAsync(ct)).ToHashSet();
        return Result<string>.Ok(Serialize(events.Select(g => Event(g, siteBase, seats.Contains(g.Id) || g.IsHostedBy(memberId))), "Benelux Climate events"));
    }

    /// <summary>Whether the member has a personal feed address (its token cannot be shown again: only its hash is kept).</summary>
    public async Task<bool> HasTokenAsync(Actor actor, CancellationToken ct = default)
    {
        if (!actor.IsSignedIn)
        {
            return false;
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.CalendarFeedTokens.AnyAsync(t => t.MemberId == actor.UserId, ct);
    }

    /// <summary>Makes a new secret for the member's personal feed; the previous address stops working. Returns the token once.</summary>
    public async Task<Result<string>> ResetTokenAsync(Actor actor, CancellationToken ct = default)
    {
        await using var command = await commands.BeginAsync(actor, ct);
        if (command.Refused is { } standing)
        {
            return Result<string>.Refused(standing);
        }

        actor = command.Actor;
        var db = command.Db;

        if (!actor.IsSignedIn)
        {
            return Result<string>.Refused(Refusal.NotSignedIn);
        }

        if (!limiter.TryAcquire(nameof(ResetTokenAsync), actor.UserId!))
        {
            return Result<string>.Refused(Refusal.RateLimited);
        }

        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        var row = await db.CalendarFeedTokens.SingleOrDefaultAsync(t => t.MemberId == actor.UserId, ct);
        if (row is null)
        {
            row = new CalendarFeedToken { MemberId = actor.UserId! };
            db.CalendarFeedTokens.Add(row);
        }

        row.TokenHash = Hash(token);
        row.CreatedAtUtc = time.GetUtcNow();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Result<string>.Refused(Refusal.Conflict); // the same reset twice at once: ask again
        }

        return Result<string>.Ok(token);
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)));

    private async Task<List<Gathering>> FeedEventsAsync(ClimateDbContext db, CancellationToken ct)
    {
        var since = time.GetUtcNow() - FeedHistory;
        return await GatheringReads.Visible(db).Where(g => g.EndsAtUtc > since).OrderBy(g => g.StartsAtUtc).Take(FeedLimit).ToListAsync(ct);
    }

    private static CalendarEvent Event(Gathering g, Uri siteBase, bool withMeetingLink)
    {
        var page = new Uri(siteBase, $"events/{g.Id}");
        var location = g.Format == GatheringFormat.Virtual
            ? (withMeetingLink ? g.MeetingUrl : "Online")
            : string.Join(", ", new[] { g.VenueName, g.VenueAddress, g.VenueCountryCode }.Where(s => !string.IsNullOrWhiteSpace(s)));
        var description = page.AbsoluteUri;
        if (withMeetingLink && !string.IsNullOrEmpty(g.MeetingUrl))
        {
            description += "\n" + g.MeetingUrl;
        }

        return new CalendarEvent
        {
            Uid = $"event-{g.Id}@{siteBase.Host}",
            Summary = g.Title,
            Description = description,
            Location = location,
            Url = page,
            Start = new CalDateTime(g.StartsAtUtc.UtcDateTime),
            End = new CalDateTime(g.EndsAtUtc.UtcDateTime),
            DtStamp = new CalDateTime(g.UpdatedAtUtc.UtcDateTime),
            Status = g.IsHidden ? "CANCELLED" : "CONFIRMED",
        };
    }

    private static string Serialize(IEnumerable<CalendarEvent> events, string name)
    {
        var calendar = new Calendar { ProductId = "-//Benelux Climate Platform//Events//EN" };
        calendar.AddProperty("X-WR-CALNAME", name);
        calendar.Events.AddRange(events);
        return new CalendarSerializer().SerializeToString(calendar)!;
    }
}
