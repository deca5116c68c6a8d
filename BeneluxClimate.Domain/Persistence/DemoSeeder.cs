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
        new("admin@demo.test", "Sophie Lambert", "BE", "BE-BRU", ActorType.Government, Roles.Admin, 240, "Climate cooperation officer, Benelux Secretariat", [Theme.JustTransition, Theme.Finance], ["fr", "nl", "en"]),
        new("moderator@demo.test", "Pieter de Vries", "NL", "NL-ZH", ActorType.Government, Roles.Moderator, 220, "Community moderator, Ministry of Infrastructure and Water Management", [Theme.Water, Theme.Adaptation], ["nl", "en"]),
        new("host@demo.test", "Marie Weber", "LU", "LU-LU", ActorType.Government, Roles.EventHost, 210, "Events and outreach, Benelux Secretariat", [Theme.Education, Theme.JustTransition], ["lb", "fr", "de", "en"]),
        new("anna@demo.test", "Anna Peeters", "BE", "BE-VBR", ActorType.Research, null, 180, "Hydrologist at KU Leuven, river floods and droughts", [Theme.Water, Theme.Adaptation], ["nl", "en", "fr"]),
        new("joost@demo.test", "Joost Bakker", "NL", "NL-ZE", ActorType.Business, null, 150, "Founder of a tidal energy start-up in Vlissingen", [Theme.MitigationEnergy, Theme.Water], ["nl", "en", "de"]),
        new("claire@demo.test", "Claire Schmit", "LU", "LU-ES", ActorType.Youth, null, 120, "Youth climate council, Esch-sur-Alzette", [Theme.Education, Theme.Mobility], ["lb", "fr", "de", "en"]),
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
                JoinedAtUtc = now.AddDays(-account.JoinedDaysAgo),
                SecurityStamp = Guid.NewGuid().ToString("N"),
                LockoutEnabled = true,
            };
            passwordHash ??= hasher.HashPassword(user, Password);
            user.PasswordHash = passwordHash;
            db.Users.Add(user);
            db.MemberProfiles.Add(new MemberProfile(user.Id)
            {
                Headline = account.Headline,
                ActorType = account.ActorType,
                CountryCode = account.Country,
                RegionCode = account.Region,
                Themes = [.. account.Themes],
                Languages = [.. account.Languages],
                Visibility = ProfileVisibility.Public,
                OnboardedAtUtc = user.JoinedAtUtc,
                UpdatedAtUtc = user.JoinedAtUtc,
                SearchText = SearchText.Normalize($"{account.Name} {account.Headline}"),
            });
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roleIds[Roles.Member] });
            if (account.Role is not null)
            {
                db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roleIds[account.Role] });
            }
        }

        await db.SaveChangesAsync(ct);
        return true;
    }

    private sealed record DemoAccount(
        string Email, string Name, string Country, string Region, ActorType ActorType, string? Role, int JoinedDaysAgo,
        string Headline, Theme[] Themes, string[] Languages);
}
