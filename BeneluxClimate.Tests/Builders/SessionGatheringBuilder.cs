using BeneluxClimate.Domain.Gatherings;
using BeneluxClimate.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BeneluxClimate.Tests.Builders;

/// <summary>Adds events and registrations straight into a database (the session room's tests do not depend on the registration service).</summary>
public static class SessionGatheringBuilder
{
    public static async Task<int> AddGatheringAsync(
        this IDbContextFactory<ClimateDbContext> contexts,
        string hostId,
        RoomState room = RoomState.NotOpened,
        bool requiresRegistration = true,
        string title = "Cross-border heat networks: live Q&A",
        IEnumerable<string>? registered = null)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var now = DateTimeOffset.UtcNow;
        var gathering = new Gathering
        {
            CreationId = Guid.NewGuid(),
            HostId = hostId,
            Title = title,
            Description = "A virtual session of the Benelux network.",
            DescriptionHtml = "<p>A virtual session of the Benelux network.</p>",
            Format = GatheringFormat.Virtual,
            StartsAtUtc = now.AddMinutes(-10),
            EndsAtUtc = now.AddMinutes(80),
            RequiresRegistration = requiresRegistration,
            RoomState = room,
            RoomOpenedAtUtc = room == RoomState.NotOpened ? null : now.AddMinutes(-10),
            RoomClosedAtUtc = room == RoomState.Closed ? now : null,
            CreatedAtUtc = now.AddDays(-7),
            UpdatedAtUtc = now.AddDays(-7),
            Languages = ["en"],
        };
        db.Gatherings.Add(gathering);
        await db.SaveChangesAsync();
        foreach (var memberId in registered ?? [])
        {
            db.Registrations.Add(new Registration { GatheringId = gathering.Id, MemberId = memberId, Status = RegistrationStatus.Registered, RequestedAtUtc = now });
            gathering.RegisteredCount++;
        }

        await db.SaveChangesAsync();
        return gathering.Id;
    }

    public static Task<int> AddGatheringAsync(this TestDatabase database, string hostId, RoomState room = RoomState.NotOpened, bool requiresRegistration = true,
        IEnumerable<string>? registered = null) =>
        database.Contexts.AddGatheringAsync(hostId, room, requiresRegistration, registered: registered);
}
