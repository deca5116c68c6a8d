using BeneluxClimate.Domain.Members;
using BeneluxClimate.Domain.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BeneluxClimate.Tests.Builders;

/// <summary>Adds accounts straight into a test database (no password hashing: tests that sign in use the app).</summary>
public static class MemberBuilder
{
    public static async Task<string> AddMemberAsync(this TestDatabase database, string name, string email, params string[] roles)
    {
        await using var db = await database.Contexts.CreateDbContextAsync();
        var user = ClimateUser.Confirmed(email, name, DateTimeOffset.UtcNow.AddDays(-30));
        db.Users.Add(user);
        var roleIds = await db.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id);
        foreach (var role in roles.Append(Roles.Member).Distinct())
        {
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roleIds[role] });
        }

        await db.SaveChangesAsync();
        return user.Id;
    }
}
