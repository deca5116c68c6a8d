using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace BeneluxClimate.Tests.Scaleout;

/// <summary>
/// A private redis-server on a free loopback port (Debian's package; test.sh installs it), stopped by its pid.
/// The tests can stop it and start it again on the same port to cut every node off Redis for a while.
/// </summary>
public sealed class RedisServer : IAsyncLifetime
{
    private const string Executable = "/usr/bin/redis-server";
    private readonly string directory = Path.Combine(Path.GetTempPath(), "climate-redis-" + Guid.NewGuid().ToString("N"));

    public int Port { get; } = FreePort();

    public string ConnectionString => $"127.0.0.1:{Port}";

    private string PidFile => Path.Combine(directory, "redis.pid");

    public async Task InitializeAsync()
    {
        if (!File.Exists(Executable))
        {
            throw new InvalidOperationException($"{Executable} is missing: apt-get install -y redis-server (test.sh does).");
        }

        await StartAsync();
    }

    public async Task DisposeAsync()
    {
        await StopAsync();
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    public async Task StartAsync()
    {
        Directory.CreateDirectory(directory);
        using var process = Process.Start(new ProcessStartInfo(Executable)
        {
            ArgumentList =
            {
                "--port", Port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                "--daemonize", "yes", "--pidfile", PidFile, "--dir", directory, "--logfile", Path.Combine(directory, "redis.log"),
            },
            UseShellExecute = false,
        })!;
        await process.WaitForExitAsync(); // daemonized: the server runs on in its own process
        await WaitUntilAsync(Accepts, "redis-server to accept connections");
    }

    /// <summary>Kills the server at once (no goodbye to its clients, as when a machine or network goes).</summary>
    public async Task StopAsync()
    {
        if (!File.Exists(PidFile))
        {
            return;
        }

        var pid = int.Parse((await File.ReadAllTextAsync(PidFile)).Trim());
        try
        {
            using var server = Process.GetProcessById(pid);
            server.Kill();
            await server.WaitForExitAsync();
        }
        catch (ArgumentException)
        {
            // already gone
        }

        File.Delete(PidFile);
        await WaitUntilAsync(() => !Accepts(), "redis-server to stop");
    }

    private bool Accepts()
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Gave up waiting for {what}.");
            }

            await Task.Delay(50);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

[CollectionDefinition(Name)]
public sealed class RedisCollection : ICollectionFixture<RedisServer>
{
    public const string Name = "Redis server";
}
