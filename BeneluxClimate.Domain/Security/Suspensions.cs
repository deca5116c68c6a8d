using BeneluxClimate.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BeneluxClimate.Domain.Security;

/// <summary>
/// Suspended and banned members (an Identity lockout) are refused writes at once, before their open sessions notice
/// at the next revalidation.
/// </summary>
internal static class Suspensions
{
    public static async Task<bool> IsSuspendedAsync(this ClimateDbContext db, string userId, DateTimeOffset nowUtc, CancellationToken ct)
    {
        var lockedOutUntil = await db.Users.Where(u => u.Id == userId).Select(u => u.LockoutEnd).SingleOrDefaultAsync(ct);
        return lockedOutUntil > nowUtc;
    }
}
