using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Tests.Builders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BeneluxClimate.Tests.Postgres;

public sealed class PostgresDatabaseTests
{
    private static readonly Dictionary<string, string?> Postgres = new() { ["Database:Provider"] = "Postgres" };

    [Fact]
    public async Task The_postgres_migrations_apply_with_the_roles_and_nothing_pending()
    {
        await using var database = await TestDatabase.CreateAsync(new(Postgres));

        var roles = await database.QueryAsync(db => db.Roles.Select(r => r.Name!).ToListAsync());
        var pending = await database.QueryAsync(db => db.Database.GetPendingMigrationsAsync());
        var applied = await database.QueryAsync(db => db.Database.GetAppliedMigrationsAsync());

        Assert.IsType<PostgresClimateDbContext>(database.Contexts.CreateDbContext());
        Assert.True(await database.QueryAsync(db => Task.FromResult(db.Database.IsNpgsql())));
        Assert.Equal(Roles.All.Order(), roles.Order());
        Assert.Empty(pending);
        Assert.Single(applied, m => m.EndsWith("_InitialSchema", StringComparison.Ordinal));
        Assert.False(await database.QueryAsync(db => Task.FromResult(db.Database.HasPendingModelChanges())));
    }

    [Fact]
    public async Task Demo_data_seeds_once_on_postgres()
    {
        await using var database = await TestDatabase.CreateAsync(new(Postgres) { ["Seed:DemoData"] = "true" });
        var counts = await CountsAsync(database);
        await using (var scope = database.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(); // a second start
        }

        Assert.Equal(DemoMembers.All.Length + DemoMembers.NotOnboarded.Length, counts.Users);
        Assert.True(counts.Proposals > 0 && counts.Projects > 0 && counts.Comments > 0);
        Assert.Equal(counts, await CountsAsync(database));
    }

    private static Task<(int Users, int Proposals, int Projects, int Comments)> CountsAsync(TestDatabase database) =>
        database.QueryAsync(async db => (await db.Users.CountAsync(), await db.Proposals.CountAsync(), await db.Projects.CountAsync(), await db.Comments.CountAsync()));
}
