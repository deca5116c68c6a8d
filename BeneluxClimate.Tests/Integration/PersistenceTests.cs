using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Tests.Builders;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BeneluxClimate.Tests.Integration;

public sealed class PersistenceTests
{
    [Fact]
    public async Task Data_protection_keys_live_in_the_database_so_cookies_survive_restarts()
    {
        await using var app = new ClimateAppFactory();
        var protector = app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test");

        var secret = protector.Protect("cookie payload");

        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ClimateDbContext>>().CreateDbContextAsync();
        Assert.NotEmpty(await db.DataProtectionKeys.ToListAsync());
        Assert.Equal("cookie payload", protector.Unprotect(secret));
    }

    [Fact]
    public async Task The_sqlite_connection_waits_for_a_busy_writer_and_enforces_foreign_keys()
    {
        await using var app = new ClimateAppFactory();
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ClimateDbContext>>().CreateDbContextAsync();
        await db.Database.OpenConnectionAsync();

        var busyTimeout = await db.Database.SqlQueryRaw<long>("PRAGMA busy_timeout").ToListAsync();
        var foreignKeys = await db.Database.SqlQueryRaw<long>("PRAGMA foreign_keys").ToListAsync();
        var journal = await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync();

        Assert.Equal(5000, Assert.Single(busyTimeout));
        Assert.Equal(1, Assert.Single(foreignKeys));
        Assert.Equal("wal", Assert.Single(journal));
    }
}
