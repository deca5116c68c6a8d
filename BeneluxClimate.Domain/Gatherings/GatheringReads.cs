using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Domain.Security;
using Microsoft.EntityFrameworkCore;

namespace BeneluxClimate.Domain.Gatherings;

/// <summary>Who may see and change an event, and the view records built from it.</summary>
internal static class GatheringReads
{
    /// <summary>Event hosts and admins create events.</summary>
    public static bool MayCreate(Actor actor) => actor.IsSignedIn && (actor.IsInRole(Roles.EventHost) || actor.IsAdmin);

    /// <summary>The host, the co-hosts and admins edit an event.</summary>
    public static bool MayEdit(Actor actor, Gathering gathering) => actor.IsSignedIn && (actor.IsAdmin || gathering.IsHostedBy(actor.UserId));

    /// <summary>A withdrawn (hidden) event is seen by its hosts and moderators only.</summary>
    public static bool MaySee(Actor actor, Gathering gathering) => !gathering.IsHidden || actor.IsModerator || gathering.IsHostedBy(actor.UserId);

    public static IQueryable<Gathering> Visible(ClimateDbContext db) => db.Gatherings.AsNoTracking().Where(g => !g.IsHidden);

    public static async Task<GatheringView> ViewAsync(ClimateDbContext db, Gathering g, CancellationToken ct)
    {
        var hostName = await db.Users.AsNoTracking().Where(u => u.Id == g.HostId).Select(u => u.DisplayName).SingleOrDefaultAsync(ct) ?? "";
        return new GatheringView(g.Id, g.Title, g.DescriptionHtml, g.Format, g.StartsAtUtc, g.EndsAtUtc, g.VenueName, g.VenueAddress, g.VenueCountryCode,
            !string.IsNullOrEmpty(g.MeetingUrl), g.Capacity, g.RegisteredCount, g.WaitlistCount, g.RegistrationDeadlineUtc, g.RequiresRegistration,
            g.Themes, g.Languages, g.RoomState, g.HostId, hostName, g.CoHostIds, g.IsHidden);
    }

    /// <summary>A waitlisted member's place: 1 + those waiting who asked earlier.</summary>
    public static async Task<int> WaitlistPositionAsync(ClimateDbContext db, int gatheringId, Registration registration, CancellationToken ct) =>
        1 + await db.Registrations.CountAsync(
            r => r.GatheringId == gatheringId && r.Status == RegistrationStatus.Waitlisted
                && (r.RequestedAtUtc < registration.RequestedAtUtc || (r.RequestedAtUtc == registration.RequestedAtUtc && r.Id < registration.Id)), ct);
}
