using System.Diagnostics;

namespace BeneluxClimate.Tests.Scaleout.Cluster;

/// <summary>
/// Ends a server the tests started if the test host goes first (a host killed at the end of a run runs no disposal):
/// a detached shell, out of reach of a process-tree kill, waits for the host to end, then signals the server's pid if
/// that is still the same process.
/// </summary>
internal static class ChildWatchdog
{
    public static void SignalWhenHostEnds(int pid, string signal)
    {
        // The server is known by its pid and start time (field 22 of /proc/PID/stat), so a pid reused by another process
        // after the server ended is never signalled; the watchdog ends as soon as the server does.
        var started = $"$(cut -d' ' -f22 /proc/{pid}/stat 2>/dev/null)";
        var watch = $"st={started}; [ -n \"$st\" ] || exit 0; "
            + $"while kill -0 {Environment.ProcessId} 2>/dev/null; do [ \"{started}\" = \"$st\" ] || exit 0; sleep 0.5; done; "
            + $"[ \"{started}\" = \"$st\" ] && kill -{signal} {pid}";
        using var shell = Process.Start(new ProcessStartInfo("sh") { ArgumentList = { "-c", $"( {watch} ) </dev/null >/dev/null 2>&1 &" }, UseShellExecute = false })!;
        shell.WaitForExit();
    }
}
