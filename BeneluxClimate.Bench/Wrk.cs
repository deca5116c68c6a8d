using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace BeneluxClimate.Bench;

/// <summary>The wrk HTTP load generator (Debian package <c>wrk</c>): keep-alive connections, requests/s and latency percentiles.</summary>
internal static partial class Wrk
{
    public const string InstallHint = "sudo apt-get install -y wrk";

    public static bool IsInstalled() => Tools.Find("wrk") is not null;

    /// <summary>Runs wrk with --latency against <paramref name="url"/> and parses its summary.</summary>
    public static async Task<WrkResult> RunAsync(Uri url, int connections, int seconds, CancellationToken ct)
    {
        var start = new ProcessStartInfo(Tools.Find("wrk") ?? throw new InvalidOperationException($"wrk is missing: {InstallHint}"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "-t", "2", "-c", connections.ToString(CultureInfo.InvariantCulture), "-d", $"{seconds}s", "--timeout", "10s", "--latency", url.ToString() })
        {
            start.ArgumentList.Add(arg);
        }

        using var wrk = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start.");
        var output = await wrk.StandardOutput.ReadToEndAsync(ct);
        var errors = await wrk.StandardError.ReadToEndAsync(ct);
        await wrk.WaitForExitAsync(ct);
        if (wrk.ExitCode != 0)
        {
            throw new InvalidOperationException($"wrk exited with {wrk.ExitCode}: {errors}\n{output}");
        }

        return Parse(output);
    }

    internal static WrkResult Parse(string output)
    {
        double Percentile(string p) => Duration(Regex.Match(output, $@"^\s*{p}%\s+(\S+)", RegexOptions.Multiline).Groups[1].Value);
        var rps = RequestsPerSecond().Match(output);
        var requests = Requests().Match(output);
        var non2xx = NonSuccess().Match(output);
        var socketErrors = SocketErrors().Matches(output).Sum(m => long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
        return new WrkResult(
            rps.Success ? double.Parse(rps.Groups[1].Value, CultureInfo.InvariantCulture) : throw new FormatException("No Requests/sec in wrk's output:\n" + output),
            long.Parse(requests.Groups[1].Value, CultureInfo.InvariantCulture),
            Percentile("50"), Percentile("90"), Percentile("99"),
            (non2xx.Success ? long.Parse(non2xx.Groups[1].Value, CultureInfo.InvariantCulture) : 0) + socketErrors);
    }

    /// <summary>wrk prints durations as 812.00us, 1.23ms, 1.05s or 2.00m.</summary>
    private static double Duration(string text)
    {
        var match = DurationPattern().Match(text);
        if (!match.Success)
        {
            throw new FormatException($"Unexpected wrk duration '{text}'.");
        }

        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch
        {
            "us" => value / 1_000,
            "ms" => value,
            "s" => value * 1_000,
            "m" => value * 60_000,
            _ => throw new FormatException($"Unexpected wrk unit in '{text}'."),
        };
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex Requests();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex NonSuccess();

    [GeneratedRegex(@"(?:connect|read|write|timeout) (\d+)")]
    private static partial Regex SocketErrors();

    [GeneratedRegex(@"^([\d.]+)(us|ms|s|m)$")]
    private static partial Regex DurationPattern();
}

/// <summary>One wrk run: throughput, latency percentiles in milliseconds, and failed requests (non-2xx/3xx and socket errors).</summary>
internal sealed record WrkResult(double RequestsPerSecond, long Requests, double P50Ms, double P90Ms, double P99Ms, long Failures);
