namespace BeneluxClimate.Bench.Cluster;

/// <summary>A private redis-server (Debian's package) on a free loopback port, no persistence, stopped by its pid.</summary>
internal sealed class RedisProcess : IAsyncDisposable
{
    private const string Executable = "/usr/bin/redis-server";

    private readonly string directory;

    private RedisProcess(string directory, int port)
    {
        this.directory = directory;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The app's <c>ConnectionStrings:Redis</c>.</summary>
    public string ConnectionString => $"127.0.0.1:{Port}";

    private string PidFile => Path.Combine(directory, "redis.pid");

    public static async Task<RedisProcess> StartAsync()
    {
        if (!File.Exists(Executable))
        {
            throw new InvalidOperationException($"{Executable} is missing: apt-get install -y redis-server.");
        }

        var redis = new RedisProcess(Directory.CreateTempSubdirectory("climate-bench-redis-").FullName, ServiceProcesses.FreePort());
        await ServiceProcesses.WhenThisProcessEndsAsync($"[ -f '{redis.PidFile}' ] && kill $(cat '{redis.PidFile}'); rm -rf '{redis.directory}'");
        await ServiceProcesses.RunAsync(Executable,
        [
            "--port", redis.Port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
            "--daemonize", "yes", "--pidfile", redis.PidFile, "--dir", redis.directory, "--logfile", Path.Combine(redis.directory, "redis.log"),
        ]);
        await ServiceProcesses.WaitUntilAsync(() => ServiceProcesses.Accepts(redis.Port), "redis-server to accept connections", TimeSpan.FromSeconds(10));
        return redis;
    }

    public async ValueTask DisposeAsync()
    {
        if (File.Exists(PidFile))
        {
            var pid = int.Parse((await File.ReadAllTextAsync(PidFile)).Trim());
            try
            {
                using var server = System.Diagnostics.Process.GetProcessById(pid);
                server.Kill();
                await server.WaitForExitAsync();
            }
            catch (ArgumentException)
            {
                // already gone
            }
        }

        Directory.Delete(directory, recursive: true);
    }
}
