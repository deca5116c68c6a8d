using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;

namespace BeneluxClimate.Tests.Scaleout.Cluster;

/// <summary>
/// One app node as a real deployment runs it: the app's build output (the same configuration as this test assembly)
/// started with <c>dotnet</c> as a child process in Production on a free loopback port. It can be killed with SIGKILL
/// and started again on the same port; its last output lines go into failure messages.
/// </summary>
public sealed class AppNode : IAsyncDisposable
{
    private static readonly TimeSpan StartBudget = TimeSpan.FromSeconds(90);
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(5) };

    private readonly IReadOnlyDictionary<string, string> settings;
    private readonly Queue<string> lastLines = new();
    private readonly string home = Directory.CreateTempSubdirectory("climate-node-").FullName;
    private Process? process;

    private AppNode(string name, IReadOnlyDictionary<string, string> settings)
    {
        Name = name;
        this.settings = settings;
        Port = FreePort();
        Address = new Uri($"http://127.0.0.1:{Port}/");
    }

    /// <summary>This node's <c>Cluster:NodeName</c>, as <c>/healthz</c> reports it.</summary>
    public string Name { get; }

    public int Port { get; }

    public Uri Address { get; }

    public bool IsRunning => process is { HasExited: false };

    /// <summary>Starts a node named <paramref name="name"/> with these settings (configuration keys) and waits until <c>/healthz</c> answers.</summary>
    public static async Task<AppNode> StartAsync(string name, IReadOnlyDictionary<string, string> settings)
    {
        var node = new AppNode(name, settings);
        try
        {
            await node.StartAsync();
            return node;
        }
        catch
        {
            await node.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts the node (again) on its port and waits until <c>/healthz</c> answers.</summary>
    public async Task StartAsync()
    {
        var dll = LocateAppDll();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        var own = new Dictionary<string, string>
        {
            ["urls"] = Address.ToString().TrimEnd('/'),
            ["Cluster:NodeName"] = Name,
            ["Mail:PickupDirectory"] = Path.Combine(home, "mail"),
        };
        foreach (var (key, value) in own.Concat(settings))
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_gcServer"] = "0"; // two nodes, a browser and the tests share two cores
        // A home of its own: what nodes share (Data Protection keys) must come through the database, not ~/.aspnet.
        start.Environment["HOME"] = home;
        lock (lastLines)
        {
            lastLines.Clear();
        }

        var started = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        started.OutputDataReceived += (_, e) => Remember(e.Data);
        started.ErrorDataReceived += (_, e) => Remember(e.Data);
        started.BeginOutputReadLine();
        started.BeginErrorReadLine();
        process = started;
        ChildWatchdog.SignalWhenHostEnds(started.Id, "KILL");
        await WaitUntilAnsweringAsync(started);
    }

    /// <summary>Kills the node with SIGKILL: no shutdown, nothing flushed, as when its machine dies.</summary>
    public async Task KillAsync()
    {
        if (process is { HasExited: false } running)
        {
            running.Kill(); // SIGKILL on Linux
            await running.WaitForExitAsync();
        }
    }

    /// <summary>The node's last output lines, for a failure message.</summary>
    public string Tail()
    {
        lock (lastLines)
        {
            return $"--- last output of node {Name} ---\n{string.Join('\n', lastLines)}";
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        process?.Dispose();
        try
        {
            Directory.Delete(home, recursive: true);
        }
        catch (IOException)
        {
            // Left for the temp cleaner.
        }
    }

    private async Task WaitUntilAnsweringAsync(Process started)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartBudget)
        {
            if (started.HasExited)
            {
                throw new InvalidOperationException($"Node {Name} exited with {started.ExitCode}.\n{Tail()}");
            }

            try
            {
                using var response = await Http.GetAsync(new Uri(Address, "/healthz"));
                return; // answering; healthy or not is for the test to judge
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                await Task.Delay(200);
            }
        }

        throw new TimeoutException($"Node {Name} did not answer /healthz within {StartBudget.TotalSeconds} s.\n{Tail()}");
    }

    private void Remember(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (lastLines)
        {
            lastLines.Enqueue(line);
            if (lastLines.Count > 60)
            {
                lastLines.Dequeue();
            }
        }
    }

    internal static string LocateAppDll()
    {
        var configuration = typeof(AppNode).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BeneluxClimate.sln")))
            {
                var dll = Path.Combine(dir.FullName, "BeneluxClimate.App", "bin", configuration, "net10.0", "BeneluxClimate.App.dll");
                return File.Exists(dll) ? dll : throw new FileNotFoundException($"Build the app first ({configuration}).", dll);
            }
        }

        throw new DirectoryNotFoundException("BeneluxClimate.sln not found above " + AppContext.BaseDirectory);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
