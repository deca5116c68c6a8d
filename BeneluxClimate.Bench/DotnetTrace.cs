using System.Diagnostics;

namespace BeneluxClimate.Bench;

/// <summary>A CPU-sampling profile of a running process with dotnet-trace, summarized by its own topN report.</summary>
internal static class DotnetTrace
{
    public const string InstallHint = "dotnet tool install -g dotnet-trace --version 10.0.750501";

    public static string? Locate() => Tools.Find("dotnet-trace");

    /// <summary>Collects <paramref name="seconds"/> of samples into a .nettrace (plus a speedscope file) and returns its path.</summary>
    public static async Task<string> CollectAsync(int processId, int seconds, string outputPath, CancellationToken ct)
    {
        await RunAsync(["collect", "-p", processId.ToString(System.Globalization.CultureInfo.InvariantCulture), "--profile", "dotnet-sampled-thread-time",
            "--duration", TimeSpan.FromSeconds(seconds).ToString(@"dd\:hh\:mm\:ss", System.Globalization.CultureInfo.InvariantCulture),
            "--format", "Speedscope", "-o", outputPath], ct);
        return outputPath;
    }

    /// <summary>The top methods of a trace, exclusive or inclusive time, as dotnet-trace prints them.</summary>
    public static Task<string> TopAsync(string tracePath, int count, bool inclusive, CancellationToken ct) =>
        RunAsync(["report", tracePath, "topN", "-n", count.ToString(System.Globalization.CultureInfo.InvariantCulture), .. inclusive ? new[] { "--inclusive" } : []], ct);

    private static async Task<string> RunAsync(string[] args, CancellationToken ct)
    {
        var start = new ProcessStartInfo(Locate() ?? throw new InvalidOperationException($"dotnet-trace is missing: {InstallHint}"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var tool = Process.Start(start) ?? throw new InvalidOperationException("dotnet-trace did not start.");
        var output = tool.StandardOutput.ReadToEndAsync(ct);
        var errors = tool.StandardError.ReadToEndAsync(ct);
        await tool.WaitForExitAsync(ct);
        if (tool.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet-trace {args[0]} exited with {tool.ExitCode}: {await errors}\n{await output}");
        }

        return await output;
    }
}
