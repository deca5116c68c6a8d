using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Tests.Builders;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BeneluxClimate.Tests.Domain.Persistence;

public sealed class DatabaseInitializerTests
{
    [Fact]
    public async Task The_database_is_migrated_in_wal_mode_with_the_roles()
    {
        await using var database = await TestDatabase.CreateAsync();

        var journal = await database.QueryAsync(db => db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync());
        var roles = await database.QueryAsync(db => db.Roles.Select(r => r.Name!).ToListAsync());
        var pending = await database.QueryAsync(db => db.Database.GetPendingMigrationsAsync());

        Assert.Equal("wal", Assert.Single(journal));
        Assert.Equal(Roles.All.Order(), roles.Order());
        Assert.Empty(pending);
    }

    [Fact]
    public async Task Without_the_setting_no_demo_account_is_created()
    {
        await using var database = await TestDatabase.CreateAsync();

        Assert.Equal(0, await database.QueryAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task Demo_accounts_are_seeded_once_with_their_roles_and_a_working_password()
    {
        await using var database = await TestDatabase.CreateAsync(new() { ["Seed:DemoData"] = "true" });
        await using (var scope = database.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(); // a second start
        }

        var users = await database.QueryAsync(db => db.Users.AsNoTracking().ToListAsync());
        var admin = users.Single(u => u.Email == "admin@demo.test");
        var hasher = new PasswordHasher<BeneluxClimate.Domain.Members.ClimateUser>();

        Assert.Equal(DemoMembers.All.Length + DemoMembers.NotOnboarded.Length, users.Count);
        Assert.All(
            ["admin@demo.test", "moderator@demo.test", "host@demo.test", "anna@demo.test", "joost@demo.test", "claire@demo.test"],
            email => Assert.Contains(users, u => u.Email == email));
        Assert.All(users, u => Assert.True(u.EmailConfirmed && u.JoinedAtUtc < DateTimeOffset.UtcNow.AddDays(-30)));
        var countries = await database.QueryAsync(db => db.MemberProfiles.Select(p => p.CountryCode).Distinct().ToListAsync());
        Assert.All(["BE", "LU", "NL"], country => Assert.Contains(country, countries));
        Assert.Contains(Roles.Admin, (await database.Get<AccountStatus>().GetAsync(admin.Id))!.Roles);
        Assert.NotEqual(PasswordVerificationResult.Failed, hasher.VerifyHashedPassword(admin, admin.PasswordHash!, DemoSeeder.Password));
    }
}
