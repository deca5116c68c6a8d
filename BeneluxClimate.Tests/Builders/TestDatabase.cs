using BeneluxClimate.Domain;
using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Tests.Postgres;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BeneluxClimate.Tests.Builders;

/// <summary>
/// A migrated database of its own with the domain's services around it: a temporary SQLite file, or with
/// <c>Database:Provider=Postgres</c> a fresh database on the run's <see cref="PostgresServer"/>.
/// Each test makes its own, so no test sees another's rows.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("climate-test-").FullName;
    private readonly PostgresServer? postgres;
    private readonly string connectionString;

    private TestDatabase(Dictionary<string, string?> settings, PostgresServer? postgres, string? postgresConnectionString)
    {
        this.postgres = postgres;
        connectionString = postgresConnectionString ?? $"Data Source={Path.Combine(directory, "climate.db")}";
        settings["ConnectionStrings:Climate"] = connectionString;
        settings.TryAdd("Mail:PickupDirectory", Path.Combine(directory, "mail"));
        settings.TryAdd("Backup:Folder", Path.Combine(directory, "backups"));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddClimateDomain(configuration);
        if (postgres is null)
        {
            services.ConfigureDbContext<SqliteClimateDbContext>(options => options.AddInterceptors(Commands));
        }
        else
        {
            services.ConfigureDbContext<PostgresClimateDbContext>(options => options.AddInterceptors(Commands));
        }

        services.AddIdentityCore<BeneluxClimate.Domain.Members.ClimateUser>()
            .AddRoles<Microsoft.AspNetCore.Identity.IdentityRole>()
            .AddEntityFrameworkStores<ClimateDbContext>();
        Services = services.BuildServiceProvider(validateScopes: true);
    }

    public ServiceProvider Services { get; }

    /// <summary>How many queries this database has answered so far.</summary>
    public CommandCounter Commands { get; } = new();

    public IDbContextFactory<ClimateDbContext> Contexts => Services.GetRequiredService<IDbContextFactory<ClimateDbContext>>();

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public static async Task<TestDatabase> CreateAsync(Dictionary<string, string?>? settings = null)
    {
        settings ??= [];
        var postgres = settings.GetValueOrDefault("Database:Provider") == "Postgres" ? await PostgresServer.InstanceAsync() : null;
        var database = new TestDatabase(settings, postgres, postgres is null ? null : await postgres.CreateDatabaseAsync());
        await using var scope = database.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        return database;
    }

    /// <summary>A SQLite database that starts as a copy of <paramref name="templateFile"/> (made with <c>VACUUM INTO</c>).</summary>
    public static TestDatabase CopyOf(string templateFile, Dictionary<string, string?>? settings = null)
    {
        var database = new TestDatabase(settings ?? [], null, null);
        File.Copy(templateFile, Path.Combine(database.directory, "climate.db"));
        return database;
    }

    /// <summary>A database on the named provider ("Sqlite" or "Postgres"), with the other settings given.</summary>
    public static Task<TestDatabase> CreateOnAsync(string provider, Dictionary<string, string?>? settings = null) =>
        CreateAsync(new Dictionary<string, string?>(settings ?? []) { ["Database:Provider"] = provider });

    public async Task<T> QueryAsync<T>(Func<ClimateDbContext, Task<T>> query)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        return await query(db);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        if (postgres is null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }
        else
        {
            await postgres.DropDatabaseAsync(connectionString);
        }

        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by the OS is left for the temp cleaner; the test's result stands.
        }
    }
}
