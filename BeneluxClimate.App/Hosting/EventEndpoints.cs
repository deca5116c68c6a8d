using System.Globalization;
using System.Text;
using BeneluxClimate.App.Security;
using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Gatherings;

namespace BeneluxClimate.App.Hosting;

/// <summary>
/// Event files: one event's iCalendar file, the public feed of all upcoming events, each member's personal feed (by
/// secret token: calendar apps send no cookie) and the hosts' attendee CSV. Authorization is the services' work.
/// </summary>
internal static class EventEndpoints
{
    private const string Calendar = "text/calendar; charset=utf-8";

    public static void MapEventEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/events/feed.ics", async (HttpContext context, CalendarFeeds feeds) =>
            Results.Text(await feeds.PublicFeedAsync(SiteBase(context), context.RequestAborted), Calendar));

        endpoints.MapGet("/events/feed/{token}.ics", async (HttpContext context, CalendarFeeds feeds, string token) =>
        {
            var feed = await feeds.PersonalFeedAsync(token, SiteBase(context), context.RequestAborted);
            context.Response.Headers.CacheControl = "private, no-store";
            return feed.Succeeded ? Results.Text(feed.Value!, Calendar) : Results.NotFound();
        });

        endpoints.MapGet("/events/{id:int}.ics", async (HttpContext context, CalendarFeeds feeds, int id) =>
        {
            var file = await feeds.EventAsync(ActorAccessor.FromPrincipal(context.User), id, SiteBase(context), context.RequestAborted);
            context.Response.Headers.CacheControl = "private, no-store";
            return file.Succeeded ? Results.File(Encoding.UTF8.GetBytes(file.Value!), Calendar, $"event-{id}.ics") : Results.NotFound();
        });

        endpoints.MapGet("/events/{id:int}/attendees.csv", async (HttpContext context, RegistrationService registrations, TimeProvider time, int id) =>
        {
            var csv = await registrations.AttendeesCsvAsync(ActorAccessor.FromPrincipal(context.User), id, context.RequestAborted);
            if (!csv.Succeeded)
            {
                return csv.Refusal switch
                {
                    Refusal.NotSignedIn => Results.Challenge(),
                    Refusal.NotFound => Results.NotFound(),
                    _ => Results.Forbid(),
                };
            }

            context.Response.Headers.CacheControl = "private, no-store";
            var name = $"event-{id}-attendees-{time.GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.csv";
            return Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.Value!)).ToArray(), "text/csv; charset=utf-8", name);
        }).RequireAuthorization();
    }

    private static Uri SiteBase(HttpContext context) => new($"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}/");
}
