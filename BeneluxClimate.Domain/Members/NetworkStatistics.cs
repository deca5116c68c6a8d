using BeneluxClimate.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BeneluxClimate.Domain.Members;

/// <summary>Counts the network's members (onboarded profiles) and the countries they come from.</summary>
public sealed class NetworkStatistics(IDbContextFactory<ClimateDbContext> contexts)
{
    public async Task<NetworkFigures> GetAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var members = db.MemberProfiles.AsNoTracking().Where(p => p.OnboardedAtUtc != null);
        var count = await members.CountAsync(ct);
        var countries = await members.Select(p => p.CountryCode).Distinct().CountAsync(ct);
        var newest = await members.MaxAsync(p => p.OnboardedAtUtc, ct);
        return new NetworkFigures(count, countries, newest);
    }
}
