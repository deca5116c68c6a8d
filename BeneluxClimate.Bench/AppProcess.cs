using System.Diagnostics;
using System.Reflection;

namespace BeneluxClimate.Bench;

/// <summary>
/// The real app, started as its own process in Production on a free loopback port against the bench database,
/// from its build output of the same configuration as this assembly.
/// </summary>
internal sealed class AppProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly Queue<string> lastLines = new();

    private AppProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
        process.OutputDataReceived += (_, e) => Remember(e.Data);
        process.ErrorDataReceived += (_, e) => Remember(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri Address { get; }

    public int ProcessId => process.Id;

    /// <summary>The app's CPU time so far, user and kernel, all cores.</summary>
    public TimeSpan CpuTime
    {
        get
        {
            process.Refresh();
            return process.TotalProcessorTime;
        }
    }

    /// <summary>
    /// Starts the app; <paramref name="settings"/> are extra configuration values (e.g. Bench:Enabled=true). Workstation
    /// GC unless <paramref name="serverGc"/> asks for the server GC the app's build configures for production.
    /// </summary>
    public static async Task<AppProcess> StartAsync(string connectionString, HttpClient http, CancellationToken ct, IReadOnlyDictionary<string, string>? settings = null, bool serverGc = false)
    {
        var dll = LocateAppDll();
        var port = ServiceProcesses.FreePort();
        var address = new Uri($"http://127.0.0.1:{port}/");
        // In a session of its own, so a Ctrl-C in the terminal reaches only the bench, which then stops the app after its
        // clients (the app stopping first would leave the bench waiting for deliveries that never come).
        var start = new ProcessStartInfo("setsid")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // Every simulated viewer comes from this machine's one address: lift the per-IP circuit cap, as an operator
        // would for a load test (the per-member cap and every other limit stay as in production).
        foreach (var arg in new[] { "--wait", "dotnet", dll, "--urls", $"http://127.0.0.1:{port}", $"--ConnectionStrings:Climate={connectionString}",
            "--environment", "Production", "--Circuits:MaxPerIp=1000000" })
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_gcServer"] = serverGc ? "1" : "0";
        // BENCH_APP_DOTNET_X=v reaches the app alone as DOTNET_X=v (runtime knobs to try on the server, not the load client).
        foreach (System.Collections.DictionaryEntry variable in Environment.GetEnvironmentVariables())
        {
            if (variable.Key is string name && name.StartsWith("BENCH_APP_DOTNET_", StringComparison.Ordinal))
            {
                start.Environment[name["BENCH_APP_".Length..]] = variable.Value as string;
            }
        }
        var app = new AppProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start."), address);
        try
        {
            // Out of the bench's session, the app outlives a bench that is killed: then this stops it (if it is still this app).
            await ServiceProcesses.WhenThisProcessEndsAsync(
                $"ps -p {app.ProcessId} -o args= | grep -q -- '--urls http://127.0.0.1:{port}' && kill -9 {app.ProcessId}");
            await app.WaitUntilAnsweringAsync(http, ct);
            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private static string LocateAppDll()
    {
        var configuration = typeof(AppProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
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

    private async Task WaitUntilAnsweringAsync(HttpClient http, CancellationToken ct)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(90))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with {process.ExitCode}:\n{Tail()}");
            }

            try
            {
                using var response = await http.GetAsync(Address, ct);
                return;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(200, ct);
            }
        }

        throw new TimeoutException($"The app did not answer within 90 s:\n{Tail()}");
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
            if (lastLines.Count > 40)
            {
                lastLines.Dequeue();
            }
        }
    }

    private string Tail()
    {
        lock (lastLines)
        {
            return string.Join('\n', lastLines);
        }
    }
}
