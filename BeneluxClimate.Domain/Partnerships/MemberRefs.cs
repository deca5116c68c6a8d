using BeneluxClimate.Domain.Organisations;
using BeneluxClimate.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BeneluxClimate.Domain.Partnerships;

/// <summary>Members as discussions show them, loaded for a set of ids in two queries.</summary>
internal static class MemberRefs
{
    public static async Task<Dictionary<string, MemberRef>> LoadAsync(ClimateDbContext db, IEnumerable<string> userIds, CancellationToken ct)
    {
        var ids = userIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var people = await (
                from u in db.Users
                where ids.Contains(u.Id)
                from p in db.MemberProfiles.Where(p => p.UserId == u.Id).DefaultIfEmpty()
                select new { u.Id, u.DisplayName, Country = p == null ? null : p.CountryCode, ActorType = p == null ? (Common.ActorType?)null : p.ActorType })
            .AsNoTracking().ToListAsync(ct);
        var organisations = await db.OrganisationMemberships.AsNoTracking()
            .Where(m => ids.Contains(m.UserId) && m.Status == OrganisationMembershipStatus.Active)
            .Join(db.Organisations, m => m.OrganisationId, o => o.Id, (m, o) => new { m.UserId, o.Name })
            .ToDictionaryAsync(x => x.UserId, x => x.Name, ct);
        return people.ToDictionary(p => p.Id, p => new MemberRef(p.Id, p.DisplayName, p.Country, p.ActorType, organisations.GetValueOrDefault(p.Id)));
    }

    public static MemberRef Of(Dictionary<string, MemberRef> loaded, string userId) => loaded.GetValueOrDefault(userId) ?? MemberRef.Former;
}
