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

        var people = new Dictionary<string, MemberRef>(ids.Count);
        await foreach (var person in PeopleQuery.For(db)(db, ids).WithCancellation(ct))
        {
            people[person.UserId!] = person;
        }

        return people;
    }

    // One membership per member (unique index), so the joins keep one row per member: one query, not two. Compiled,
    // as every page with people on it runs it.
    private static readonly CompiledPerContext<Func<ClimateDbContext, List<string>, IAsyncEnumerable<MemberRef>>> PeopleQuery = new(() => EF.CompileAsyncQuery(
        (ClimateDbContext db, List<string> ids) =>
            from u in db.Users.AsNoTracking()
            where ids.Contains(u.Id)
            from p in db.MemberProfiles.Where(p => p.UserId == u.Id).DefaultIfEmpty()
            from m in db.OrganisationMemberships.Where(m => m.UserId == u.Id && m.Status == OrganisationMembershipStatus.Active).DefaultIfEmpty()
            from o in db.Organisations.Where(o => o.Id == m!.OrganisationId).DefaultIfEmpty()
            select new MemberRef(u.Id, u.DisplayName, p == null ? null : p.CountryCode, p == null ? null : (Common.ActorType?)p.ActorType, o == null ? null : o.Name)));

    public static MemberRef Of(Dictionary<string, MemberRef> loaded, string userId) => loaded.GetValueOrDefault(userId) ?? MemberRef.Former;
}
