using BeneluxClimate.Domain.Organisations;
using BeneluxClimate.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BeneluxClimate.Domain.Partnerships;

/// <summary>Members as discussions show them, loaded for a set of ids in one query.</summary>
internal static class MemberRefs
{
    public static async Task<Dictionary<string, MemberRef>> LoadAsync(ClimateDbContext db, IEnumerable<string> userIds, CancellationToken ct)
    {
        var ids = userIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        // One membership per member (unique index), so the joins keep one row per member: one query, not two.
        var people = await (
                from u in db.Users
                where ids.Contains(u.Id)
                from p in db.MemberProfiles.Where(p => p.UserId == u.Id).DefaultIfEmpty()
                from m in db.OrganisationMemberships.Where(m => m.UserId == u.Id && m.Status == OrganisationMembershipStatus.Active).DefaultIfEmpty()
                from o in db.Organisations.Where(o => o.Id == m!.OrganisationId).DefaultIfEmpty()
                select new
                {
                    u.Id,
                    u.DisplayName,
                    Country = p == null ? null : p.CountryCode,
                    ActorType = p == null ? (Common.ActorType?)null : p.ActorType,
                    Organisation = o == null ? null : o.Name,
                })
            .AsNoTracking().ToListAsync(ct);
        return people.ToDictionary(p => p.Id, p => new MemberRef(p.Id, p.DisplayName, p.Country, p.ActorType, p.Organisation));
    }

    public static MemberRef Of(Dictionary<string, MemberRef> loaded, string userId) => loaded.GetValueOrDefault(userId) ?? MemberRef.Former;
}
