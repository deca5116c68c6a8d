using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Members;
using BeneluxClimate.Domain.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BeneluxClimate.Domain.Persistence;

/// <summary>
/// The demo accounts of CONTRACT.md (Development only). Seeds once: a second start finds the admin and stops.
/// Later capabilities add their own demo data here.
/// </summary>
public sealed class DemoSeeder(IDbContextFactory<ClimateDbContext> contexts, IPasswordHasher<ClimateUser> hasher, TimeProvider time)
{
    public const string Password = "Climate-Demo-2026";

    private static readonly DemoAccount[] Accounts =
    [
        new("admin@demo.test", "Sophie Lambert", "BE", ActorType.Government, Roles.Admin, 240),
        new("moderator@demo.test", "Pieter de Vries", "NL", ActorType.Government, Roles.Moderator, 220),
        new("host@demo.test", "Marie Weber", "LU", ActorType.Government, Roles.EventHost, 210),
        new("anna@demo.test", "Anna Peeters", "BE", ActorType.Research, null, 180),
        new("joost@demo.test", "Joost Bakker", "NL", ActorType.Business, null, 150),
        new("claire@demo.test", "Claire Schmit", "LU", ActorType.Youth, null, 120),
    ];

    public async Task<bool> SeedAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.Users.AnyAsync(u => u.NormalizedEmail == "ADMIN@DEMO.TEST", ct))
        {
            return false;
        }

        var roleIds = await db.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id, ct);
        var now = time.GetUtcNow();
        string? passwordHash = null; // one hash for all: hashing is slow on purpose
        foreach (var account in Accounts)
        {
            var user = new ClimateUser
            {
                UserName = account.Email,
                NormalizedUserName = account.Email.ToUpperInvariant(),
                Email = account.Email,
                NormalizedEmail = account.Email.ToUpperInvariant(),
                EmailConfirmed = true,
                DisplayName = account.Name,
                CountryCode = account.Country,
                ActorType = account.ActorType,
                JoinedAtUtc = now.AddDays(-account.JoinedDaysAgo),
                SecurityStamp = Guid.NewGuid().ToString("N"),
                LockoutEnabled = true,
            };
            passwordHash ??= hasher.HashPassword(user, Password);
            user.PasswordHash = passwordHash;
            db.Users.Add(user);
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roleIds[Roles.Member] });
            if (account.Role is not null)
            {
                db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roleIds[account.Role] });
            }
        }

        await db.SaveChangesAsync(ct);
        return true;
    }

    private sealed record DemoAccount(string Email, string Name, string Country, ActorType ActorType, string? Role, int JoinedDaysAgo);
}
