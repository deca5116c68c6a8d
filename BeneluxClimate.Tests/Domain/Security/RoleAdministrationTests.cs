using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Tests.Builders;
using Microsoft.EntityFrameworkCore;

namespace BeneluxClimate.Tests.Domain.Security;

public sealed class RoleAdministrationTests : IAsyncLifetime
{
    private TestDatabase database = null!;
    private string adminId = "";
    private string memberId = "";

    private RoleAdministration Administration => database.Get<RoleAdministration>();

    private Actor Admin => Actor.Member(adminId, Roles.Member, Roles.Admin);

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(new() { ["RateLimits:WritesPerMemberPerMinute"] = "3" });
        adminId = await database.AddMemberAsync("Sophie Lambert", "sophie@example.test", Roles.Admin);
        memberId = await database.AddMemberAsync("Jan Peeters", "jan@example.test");
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task An_admin_grants_a_role_and_the_change_is_recorded_with_who_and_when()
    {
        var before = DateTimeOffset.UtcNow;

        var result = await Administration.SetRoleAsync(Admin, memberId, Roles.Moderator, grant: true);

        Assert.True(result.Succeeded);
        var snapshot = await database.Get<AccountStatus>().GetAsync(memberId);
        Assert.Contains(Roles.Moderator, snapshot!.Roles);
        var log = (await Administration.RecentChangesAsync(Admin)).Value!;
        var entry = Assert.Single(log);
        Assert.Equal(("Jan Peeters", Roles.Moderator, true, "Sophie Lambert"), (entry.TargetName, entry.Role, entry.Granted, entry.ChangedByName));
        Assert.InRange(entry.AtUtc, before.AddSeconds(-1), DateTimeOffset.UtcNow.AddSeconds(1));
    }

    [Fact]
    public async Task Revoking_removes_the_role_and_is_recorded()
    {
        await Administration.SetRoleAsync(Admin, memberId, Roles.EventHost, grant: true);

        var result = await Administration.SetRoleAsync(Admin, memberId, Roles.EventHost, grant: false);

        Assert.True(result.Succeeded);
        Assert.DoesNotContain(Roles.EventHost, (await database.Get<AccountStatus>().GetAsync(memberId))!.Roles);
        var log = (await Administration.RecentChangesAsync(Admin)).Value!;
        Assert.Equal([false, true], log.Select(e => e.Granted));
    }

    [Fact]
    public async Task A_repeated_grant_changes_nothing_and_records_nothing()
    {
        await Administration.SetRoleAsync(Admin, memberId, Roles.Moderator, grant: true);

        var again = await Administration.SetRoleAsync(Admin, memberId, Roles.Moderator, grant: true);

        Assert.True(again.Succeeded);
        Assert.Single((await Administration.RecentChangesAsync(Admin)).Value!);
        Assert.Equal(1, await database.QueryAsync(db => db.UserRoles.CountAsync(ur => ur.UserId == memberId && ur.RoleId != null && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Moderator))));
    }

    [Fact]
    public async Task A_member_who_is_not_admin_is_refused_and_nothing_changes()
    {
        var member = Actor.Member(memberId, Roles.Member, Roles.Moderator);

        var grant = await Administration.SetRoleAsync(member, memberId, Roles.Admin, grant: true);
        var list = await Administration.ListAsync(member, null, 0);
        var anonymous = await Administration.SetRoleAsync(Actor.Anonymous, memberId, Roles.Admin, grant: true);

        Assert.Equal(Refusal.Forbidden, grant.Refusal);
        Assert.Equal(Refusal.Forbidden, list.Refusal);
        Assert.Equal(Refusal.NotSignedIn, anonymous.Refusal);
        Assert.DoesNotContain(Roles.Admin, (await database.Get<AccountStatus>().GetAsync(memberId))!.Roles);
        Assert.Empty((await Administration.RecentChangesAsync(Admin)).Value!);
    }

    [Fact]
    public async Task An_admin_cannot_revoke_their_own_admin_role()
    {
        var result = await Administration.SetRoleAsync(Admin, adminId, Roles.Admin, grant: false);

        Assert.Equal(Refusal.Forbidden, result.Refusal);
        Assert.Contains(Roles.Admin, (await database.Get<AccountStatus>().GetAsync(adminId))!.Roles);
    }

    [Theory]
    [InlineData("Member")]
    [InlineData("SuperUser")]
    [InlineData("")]
    public async Task Only_grantable_roles_are_accepted(string role)
    {
        var result = await Administration.SetRoleAsync(Admin, memberId, role, grant: true);

        Assert.Equal(Refusal.InvalidInput, result.Refusal);
    }

    [Fact]
    public async Task An_unknown_account_is_not_found()
    {
        var result = await Administration.SetRoleAsync(Admin, "no-such-user", Roles.Moderator, grant: true);

        Assert.Equal(Refusal.NotFound, result.Refusal);
    }

    [Fact]
    public async Task Role_changes_are_rate_limited_per_admin()
    {
        var results = new List<CommandResult>();
        foreach (var grant in new[] { true, false, true, false })
        {
            results.Add(await Administration.SetRoleAsync(Admin, memberId, Roles.Moderator, grant));
        }

        Assert.All(results.Take(3), r => Assert.True(r.Succeeded));
        Assert.Equal(Refusal.RateLimited, results[3].Refusal);
        Assert.Equal(3, (await Administration.RecentChangesAsync(Admin)).Value!.Count);
    }

    [Fact]
    public async Task Search_ignores_case_and_accents_and_pages_are_bounded()
    {
        await database.AddMemberAsync("Hélène Dupont", "helene@example.test");

        var found = (await Administration.ListAsync(Admin, "HELENE", 0)).Value!;
        var tooLong = await Administration.ListAsync(Admin, new string('x', RoleAdministration.SearchMaxLength + 1), 0);

        Assert.Equal("Hélène Dupont", Assert.Single(found.Items).DisplayName);
        Assert.Equal(Refusal.InvalidInput, tooLong.Refusal);
        Assert.True(found.PageSize <= RoleAdministration.PageSize);
    }
}
