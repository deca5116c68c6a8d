using BeneluxClimate.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BeneluxClimate.Domain.Members;

/// <summary>Counts the network's confirmed members and the countries they come from.</summary>
public sealed class NetworkStatistics(IDbContextFactory<ClimateDbContext> contexts)
{
    public async Task<NetworkFigures> GetAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var members = db.Users.AsNoTracking().Where(u => u.EmailConfirmed);
        var count = await members.CountAsync(ct);
        var countries = await db.MemberProfiles.AsNoTracking().Where(p => p.OnboardedAtUtc != null).Select(p => p.CountryCode).Distinct().CountAsync(ct);
        var newest = await members.OrderByDescending(u => u.JoinedAtUtc).Select(u => (DateTimeOffset?)u.JoinedAtUtc).FirstOrDefaultAsync(ct);
        return new NetworkFigures(count, countries, newest);
    }
}
