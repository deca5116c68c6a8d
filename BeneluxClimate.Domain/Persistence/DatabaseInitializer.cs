using BeneluxClimate.Domain.Cluster;
using BeneluxClimate.Domain.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BeneluxClimate.Domain.Persistence;

/// <summary>At start-up: apply migrations, make sure the roles exist, and seed demo data when configured.</summary>
public sealed class DatabaseInitializer(
    IDbContextFactory<ClimateDbContext> contexts,
    DemoSeeder demo,
    IOptions<SeedOptions> seed,
    ClusterLeases leases,
    ILogger<DatabaseInitializer> logger)
{
    public const string StartupLease = "start-up";

    // Long enough for the demo seeding on a slow machine; a node that dies meanwhile holds up the others this long.
    private static readonly TimeSpan StartupLeaseDuration = TimeSpan.FromMinutes(2);

    public async Task InitializeAsync(CancellationToken ct = default)
    {
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            if (db.Database.IsSqlite())
            {
                // WAL lets readers go on while one writer commits; the mode is stored in the file.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", ct);
            }

            await db.Database.MigrateAsync(ct); // EF takes a database lock: two nodes starting together migrate once
        }

        // Nodes starting together take turns, so the roles and the demo data are created once, by the first.
        await using (await leases.HoldAsync(StartupLease, StartupLeaseDuration, ct))
        {
            await using (var db = await contexts.CreateDbContextAsync(ct))
            {
                await EnsureRolesAsync(db, ct);
            }

            if (seed.Value.DemoData)
            {
                var seeded = await demo.SeedAsync(ct);
                logger.LogInformation(seeded ? "Demo data seeded." : "Demo data already present.");
            }
        }
    }

    private static async Task EnsureRolesAsync(ClimateDbContext db, CancellationToken ct)
    {
        var existing = await db.Roles.Select(r => r.Name).ToListAsync(ct);
        foreach (var role in Roles.All.Except(existing))
        {
            db.Roles.Add(new IdentityRole(role!) { NormalizedName = role!.ToUpperInvariant() });
        }

        await db.SaveChangesAsync(ct);
    }
}
