using BeneluxClimate.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BeneluxClimate.Domain.Security;

/// <summary>Reads an account's current stamp, lockout and roles in one small query.</summary>
public sealed class AccountStatus(IDbContextFactory<ClimateDbContext> contexts)
{
    public async Task<AccountSnapshot?> GetAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await ReadAsync(db, userId, ct);
    }

    /// <summary>The same read on a context the caller holds (a command's).</summary>
    public static async Task<AccountSnapshot?> ReadAsync(ClimateDbContext db, string userId, CancellationToken ct)
    {
        var row = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new
            {
                u.SecurityStamp,
                u.LockoutEnd,
                Roles = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
            })
            .SingleOrDefaultAsync(ct);
        return row is null ? null : new AccountSnapshot(row.SecurityStamp, row.LockoutEnd, row.Roles.ToHashSet());
    }
}
