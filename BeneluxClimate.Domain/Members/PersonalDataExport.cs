using BeneluxClimate.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BeneluxClimate.Domain.Members;

/// <summary>Everything the platform stores about one member, for their "download my data" (GDPR art. 15 and 20).</summary>
public sealed class PersonalDataExport(IDbContextFactory<ClimateDbContext> contexts)
{
    public async Task<Dictionary<string, object?>> ExportAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var profile = await db.MemberProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.UserId == userId, ct);
        var organisation = await db.OrganisationMemberships.AsNoTracking().Where(m => m.UserId == userId)
            .Join(db.Organisations, m => m.OrganisationId, o => o.Id, (m, o) => new { o.Id, o.Name, m.IsAdmin, Status = m.Status.ToString(), m.RequestedAtUtc })
            .SingleOrDefaultAsync(ct);
        var roleChanges = await db.RoleChanges.AsNoTracking().Where(c => c.TargetUserId == userId)
            .OrderBy(c => c.AtUtc).Select(c => new { c.Role, c.Granted, c.AtUtc }).ToListAsync(ct);
        return new Dictionary<string, object?>
        {
            ["Profile"] = profile is null ? null : new
            {
                profile.Headline,
                ActorType = profile.ActorType.ToString(),
                profile.CountryCode,
                profile.RegionCode,
                Themes = profile.Themes.Select(t => t.ToString()),
                profile.Languages,
                profile.Expertise,
                profile.Bio,
                profile.Links,
                Visibility = profile.Visibility.ToString(),
                profile.ShowEmailToMembers,
                profile.OnboardedAtUtc,
                profile.UpdatedAtUtc,
            },
            ["Organisation"] = organisation,
            ["RoleChanges"] = roleChanges,
        };
    }
}
