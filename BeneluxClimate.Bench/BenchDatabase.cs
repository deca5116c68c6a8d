using BeneluxClimate.Domain;
using BeneluxClimate.Domain.Members;
using BeneluxClimate.Domain.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace BeneluxClimate.Bench;

/// <summary>
/// A migrated SQLite file in a fresh temporary folder (or a given empty PostgreSQL database) with the domain's services
/// built the way the app builds them, plus a command timer on every context.
/// </summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private readonly string? postgres;

    private BenchDatabase(string folder, string? postgres)
    {
        Folder = folder;
        FilePath = Path.Combine(folder, "climate.db");
        this.postgres = postgres;
        Services = Build(timed: true);
        untimed = new Lazy<ServiceProvider>(() => Build(timed: false));
    }

    private readonly Lazy<ServiceProvider> untimed;

    public string Folder { get; }

    public string FilePath { get; }

    public string ConnectionString => postgres ?? $"Data Source={FilePath}";

    /// <summary>The app's <c>Database:Provider</c> for this database.</summary>
    public string Provider => postgres is null ? "Sqlite" : "Postgres";

    public CommandTimer Commands { get; } = new();

    public ServiceProvider Services { get; }

    /// <summary>The same services without the command timer, for timing reads as the app runs them (no interceptor).</summary>
    public ServiceProvider UntimedServices => untimed.Value;

    public IDbContextFactory<ClimateDbContext> Contexts => Services.GetRequiredService<IDbContextFactory<ClimateDbContext>>();

    public static Task<BenchDatabase> CreateAsync(CancellationToken ct) => CreateAsync(null, ct);

    /// <summary>The PostgreSQL database at <paramref name="connectionString"/> (empty), migrated.</summary>
    public static Task<BenchDatabase> CreateOnPostgresAsync(string connectionString, CancellationToken ct) => CreateAsync(connectionString, ct);

    private static async Task<BenchDatabase> CreateAsync(string? postgres, CancellationToken ct)
    {
        var database = new BenchDatabase(Directory.CreateTempSubdirectory("climate-bench-").FullName, postgres);
        await ServiceProcesses.WhenThisProcessEndsAsync($"rm -rf '{database.Folder}'"); // also when the bench is killed
        await using var scope = database.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(ct);
        return database;
    }

    /// <summary>Closes every pooled connection so another process can own the file.</summary>
    public static void ReleaseConnections()
    {
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
    }

    private ServiceProvider Build(bool timed)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = Provider,
            ["ConnectionStrings:Climate"] = ConnectionString,
            ["Mail:PickupDirectory"] = Path.Combine(Folder, "mail"),
            ["RateLimits:WritesPerMemberPerMinute"] = "100000", // the benchmark's editor moves a card a hundred times a minute
            ["Discussion:CommentIntervalSeconds"] = "0", // and its writers comment back to back
            ["Discussion:NewAccountCommentIntervalSeconds"] = "0",
        }).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddClimateDomain(configuration);
        if (timed && postgres is null)
        {
            services.ConfigureDbContext<SqliteClimateDbContext>(o => o.AddInterceptors(Commands));
        }

        if (timed && postgres is not null)
        {
            services.ConfigureDbContext<PostgresClimateDbContext>(o => o.AddInterceptors(Commands));
        }

        services.AddIdentityCore<ClimateUser>().AddRoles<IdentityRole>().AddEntityFrameworkStores<ClimateDbContext>();
        return services.BuildServiceProvider(validateScopes: true);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        if (untimed.IsValueCreated)
        {
            await untimed.Value.DisposeAsync();
        }
        ReleaseConnections();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            Console.Error.WriteLine($"Could not delete {Folder}; remove it by hand.");
        }
    }
}
