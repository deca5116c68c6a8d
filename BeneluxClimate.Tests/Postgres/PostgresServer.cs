using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using BeneluxClimate.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace BeneluxClimate.Tests.Postgres;

/// <summary>
/// A private PostgreSQL 15 cluster for this test run, started from the image's binaries on a free loopback port and
/// stopped when the test process exits. The migrations run once into a template database; each test database is a
/// copy of it. When the cluster cannot start, every PostgreSQL test fails with the reason (none is skipped).
/// A test that takes the database away starts a private cluster of its own (<see cref="StartPrivateAsync"/>), which it
/// may stop and start again on the same port without touching the run's shared one.
/// </summary>
public sealed class PostgresServer
{
    private const string BinDirectory = "/usr/lib/postgresql/15/bin";
    private const string TemplateName = "climate_template";
    private const string ServiceUser = "postgres";

    private static readonly Lazy<Task<PostgresServer>> Shared = new(StartSharedAsync);

    private readonly string dataDirectory;
    private readonly int port;

    private PostgresServer(string dataDirectory, int port)
    {
        this.dataDirectory = dataDirectory;
        this.port = port;
    }

    /// <summary>The run's cluster, started (and the template migrated) on first use.</summary>
    public static Task<PostgresServer> InstanceAsync() => Shared.Value;

    /// <summary>A cluster for one test alone, with an empty database <c>climate</c> (the app migrates it); dispose it.</summary>
    public static async Task<PostgresServer> StartPrivateAsync()
    {
        var server = await StartClusterAsync();
        await server.ExecuteAsync("CREATE DATABASE climate");
        return server;
    }

    /// <summary>Stops the server at once, as a crash would (<c>pg_ctl stop -m immediate</c>): clients' connections break.</summary>
    public Task StopAsync() =>
        RunAsync(Path.Combine(BinDirectory, "pg_ctl"), ["-D", dataDirectory, "-m", "immediate", "-w", "stop"]);

    /// <summary>Starts the server again on the same port (after <see cref="StopAsync"/>).</summary>
    public Task StartAsync() => StartServerAsync(dataDirectory, port);

    /// <summary>Stops a private cluster and removes its files.</summary>
    public async Task DisposeAsync()
    {
        try
        {
            await RunAsync(Path.Combine(BinDirectory, "pg_ctl"), ["-D", dataDirectory, "-m", "fast", "-w", "stop"]);
        }
        catch (InvalidOperationException)
        {
            // already stopped
        }

        Directory.Delete(dataDirectory, recursive: true);
    }

    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = port, Username = ServiceUser, Database = database }.ConnectionString;

    /// <summary>A new database with the migrated schema and no rows; returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"t_{Guid.NewGuid():N}";
        await ExecuteAsync($"CREATE DATABASE \"{name}\" TEMPLATE \"{TemplateName}\"");
        return ConnectionString(name);
    }

    public async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        NpgsqlConnection.ClearPool(new NpgsqlConnection(connectionString));
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<PostgresServer> StartSharedAsync()
    {
        var server = await StartClusterAsync();
        await server.ExecuteAsync($"CREATE DATABASE \"{TemplateName}\"");
        var template = server.ConnectionString(TemplateName);
        await using (var db = new PostgresClimateDbContext(new DbContextOptionsBuilder<PostgresClimateDbContext>().UseNpgsql(template).Options))
        {
            await db.Database.MigrateAsync();
        }

        // A template must have no open sessions while it is copied.
        NpgsqlConnection.ClearPool(new NpgsqlConnection(template));
        return server;
    }

    private static async Task<PostgresServer> StartClusterAsync()
    {
        if (!File.Exists(Path.Combine(BinDirectory, "initdb")))
        {
            throw new InvalidOperationException(
                $"PostgreSQL 15 binaries not found in {BinDirectory}: the PostgreSQL tests need them (Debian: apt-get install postgresql-15).");
        }

        var dataDirectory = Directory.CreateTempSubdirectory("climate-pg-").FullName;
        await StopWhenThisProcessEndsAsync(dataDirectory);
        var port = FreePort();
        if (RunsAsRoot)
        {
            await RunAsync("chown", [ServiceUser, dataDirectory], asServiceUser: false);
        }

        // C collation sorts text by code point, as SQLite's BINARY does, so ordered lists agree across providers.
        await RunAsync(Path.Combine(BinDirectory, "initdb"), ["-D", dataDirectory, "-U", ServiceUser, "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync"]);
        await StartServerAsync(dataDirectory, port);
        return new PostgresServer(dataDirectory, port);
    }

    private static Task StartServerAsync(string dataDirectory, int port) =>
        RunAsync(Path.Combine(BinDirectory, "pg_ctl"),
        [
            "-D", dataDirectory, "-l", Path.Combine(dataDirectory, "server.log"), "-w", "start",
            "-o", $"-p {port} -c listen_addresses=127.0.0.1 -k {dataDirectory} -c fsync=off -c synchronous_commit=off -c full_page_writes=off",
        ]);

    // The test host may be killed as soon as the last test ends, before any exit handler finishes, so a detached shell
    // (re-parented away from the host, out of reach of a process-tree kill) waits for the host to go, then stops the
    // cluster and removes its files.
    private static async Task StopWhenThisProcessEndsAsync(string dataDirectory)
    {
        var runAs = RunsAsRoot ? $"runuser -u {ServiceUser} -- " : "";
        var watchdog = $"while kill -0 {Environment.ProcessId} 2>/dev/null; do sleep 0.5; done; "
            + $"{runAs}{BinDirectory}/pg_ctl -D '{dataDirectory}' -m fast -w stop; rm -rf '{dataDirectory}'";
        await RunAsync("sh", ["-c", $"( {watchdog} ) </dev/null >/dev/null 2>&1 &"], asServiceUser: false);
    }

    private static bool RunsAsRoot => Environment.UserName == "root";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    // initdb refuses to run as root, so the server's tools run as the postgres user when the tests run as root.
    private static async Task RunAsync(string program, IReadOnlyList<string> arguments, bool asServiceUser = true)
    {
        var start = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (asServiceUser && RunsAsRoot)
        {
            start.FileName = "runuser";
            foreach (var argument in (string[])["-u", ServiceUser, "--", program])
            {
                start.ArgumentList.Add(argument);
            }
        }
        else
        {
            start.FileName = program;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(program)} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await error}{await output}");
        }
    }
}
