using Npgsql;

namespace BeneluxClimate.Bench.Cluster;

/// <summary>
/// A private PostgreSQL 15 cluster from the image's binaries on a free loopback port: trust authentication on loopback,
/// C collation (names sort as on SQLite), one empty database for the app. Stopped and removed on dispose.
/// </summary>
internal sealed class PostgresCluster : IAsyncDisposable
{
    private const string BinDirectory = "/usr/lib/postgresql/15/bin";
    private const string ServiceUser = "postgres";
    private const string DatabaseName = "climate";

    private readonly string dataDirectory;
    private readonly int port;

    private PostgresCluster(string dataDirectory, int port)
    {
        this.dataDirectory = dataDirectory;
        this.port = port;
    }

    /// <summary>The app's <c>ConnectionStrings:Climate</c>.</summary>
    public string ConnectionString => Connection(DatabaseName);

    private static bool RunsAsRoot => Environment.UserName == "root";

    public static async Task<PostgresCluster> StartAsync()
    {
        if (!File.Exists(Path.Combine(BinDirectory, "initdb")))
        {
            throw new InvalidOperationException($"PostgreSQL 15 binaries not found in {BinDirectory} (Debian: apt-get install postgresql-15).");
        }

        var cluster = new PostgresCluster(Directory.CreateTempSubdirectory("climate-bench-pg-").FullName, ServiceProcesses.FreePort());
        var runAs = RunsAsRoot ? $"runuser -u {ServiceUser} -- " : "";
        await ServiceProcesses.WhenThisProcessEndsAsync(
            $"{runAs}{BinDirectory}/pg_ctl -D '{cluster.dataDirectory}' -m immediate -w stop; rm -rf '{cluster.dataDirectory}'");
        if (RunsAsRoot)
        {
            await ServiceProcesses.RunAsync("chown", [ServiceUser, cluster.dataDirectory]);
        }

        await RunToolAsync("initdb", ["-D", cluster.dataDirectory, "-U", ServiceUser, "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync"]);
        // A throwaway cluster: commits do not wait for the disk (as SQLite's WAL with synchronous=NORMAL in the single-node
        // runs), so the figures are the app's and the relay's, not this machine's disk.
        await RunToolAsync("pg_ctl",
        [
            "-D", cluster.dataDirectory, "-l", Path.Combine(cluster.dataDirectory, "server.log"), "-w", "start",
            "-o", $"-p {cluster.port} -c listen_addresses=127.0.0.1 -k {cluster.dataDirectory} "
                + "-c max_connections=300 " // both nodes' pools (Npgsql's default maximum is 100 each) and the bench's own
                + "-c fsync=off -c synchronous_commit=off -c full_page_writes=off",
        ]);
        await using var connection = new NpgsqlConnection(cluster.Connection("postgres"));
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{DatabaseName}\"", connection);
        await create.ExecuteNonQueryAsync();
        return cluster;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await RunToolAsync("pg_ctl", ["-D", dataDirectory, "-m", "fast", "-w", "stop"]);
        Directory.Delete(dataDirectory, recursive: true);
    }

    private string Connection(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = port, Username = ServiceUser, Database = database }.ConnectionString;

    // initdb refuses to run as root, so the server's tools run as the postgres user when the bench runs as root.
    private static Task RunToolAsync(string tool, IReadOnlyList<string> arguments) => RunsAsRoot
        ? ServiceProcesses.RunAsync("runuser", ["-u", ServiceUser, "--", Path.Combine(BinDirectory, tool), .. arguments])
        : ServiceProcesses.RunAsync(Path.Combine(BinDirectory, tool), arguments);
}
