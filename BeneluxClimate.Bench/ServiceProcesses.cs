using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace BeneluxClimate.Bench;

/// <summary>Helpers for the processes a run starts (the app, private services): free ports, tools run to completion, clean-up.</summary>
internal static class ServiceProcesses
{
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static bool Accepts(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public static async Task WaitUntilAsync(Func<bool> condition, string what, TimeSpan within)
    {
        var deadline = Stopwatch.StartNew();
        while (!condition())
        {
            if (deadline.Elapsed > within)
            {
                throw new TimeoutException($"Gave up waiting for {what}.");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Runs a tool to its end; throws with its output when it fails.</summary>
    public static async Task RunAsync(string program, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
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

    /// <summary>
    /// Runs <paramref name="shellCommand"/> once this process has ended, however it ends (a kill gives no exit handler a
    /// chance): a detached shell, out of reach of a process-tree kill, waits for this process to go. The command must be
    /// harmless when the normal clean-up already ran.
    /// </summary>
    public static Task WhenThisProcessEndsAsync(string shellCommand)
    {
        var watchdog = $"while kill -0 {Environment.ProcessId} 2>/dev/null; do sleep 0.5; done; {shellCommand}";
        return RunAsync("sh", ["-c", $"( {watchdog} ) </dev/null >/dev/null 2>&1 &"]);
    }
}
