using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace BeneluxClimate.Tests.Scaleout.Cluster;

/// <summary>
/// Debian's nginx in front of test nodes, running the committed <c>deploy/nginx/climate.conf</c> with only its node
/// addresses and listen port swapped for the test's (each must be found exactly once, so the file under test is the
/// one operators deploy). Its pid, temp and log files live in a temp directory; it is stopped by its pid.
/// </summary>
public sealed class NginxServer : IAsyncDisposable
{
    public const string Executable = "/usr/sbin/nginx";

    private readonly string directory = Directory.CreateTempSubdirectory("climate-nginx-").FullName;
    private Process? process;

    private NginxServer(int port) => Port = port;

    public int Port { get; }

    public Uri Address => new($"http://127.0.0.1:{Port}/");

    private string MainConfig => Path.Combine(directory, "nginx.conf");

    private string ErrorLog => Path.Combine(directory, "error.log");

    /// <summary>Writes the configuration, checks it with <c>nginx -t</c> and starts nginx in front of the two nodes.</summary>
    public static async Task<NginxServer> StartAsync(int nodeAPort, int nodeBPort)
    {
        if (!File.Exists(Executable))
        {
            throw new InvalidOperationException($"{Executable} is missing: apt-get install -y nginx (test.sh does).");
        }

        var server = new NginxServer(FreePort());
        try
        {
            server.WriteConfig(nodeAPort, nodeBPort);
            await server.TestConfigAsync();
            server.Start();
            await server.WaitUntilAcceptingAsync();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>The site configuration as committed, with the test's ports.</summary>
    public static string SiteConfig(int listenPort, int nodeAPort, int nodeBPort)
    {
        var committed = File.ReadAllText(Path.Combine(RepositoryRoot(), "deploy", "nginx", "climate.conf"));
        return ReplaceOnce(ReplaceOnce(ReplaceOnce(committed,
            "listen 8080;", $"listen 127.0.0.1:{listenPort};"),
            "server 127.0.0.1:5101 ", $"server 127.0.0.1:{nodeAPort} "),
            "server 127.0.0.1:5102 ", $"server 127.0.0.1:{nodeBPort} ");
    }

    /// <summary>Runs <c>nginx -t</c> on the configuration; throws with nginx's words when it is refused.</summary>
    public async Task TestConfigAsync()
    {
        var (exitCode, output) = await RunAsync(["-t", .. Arguments()]);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"nginx -t refused the configuration:\n{output}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (process is { HasExited: false } running)
        {
            // By its pid: SIGTERM makes the master stop its workers and exit (a SIGKILL would orphan the workers).
            using (var kill = Process.Start("kill", ["-TERM", running.Id.ToString()]))
            {
                await kill.WaitForExitAsync();
            }

            if (!running.WaitForExit(TimeSpan.FromSeconds(10)))
            {
                running.Kill(entireProcessTree: true);
            }

            await running.WaitForExitAsync();
        }

        process?.Dispose();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the temp cleaner.
        }
    }

    private void WriteConfig(int nodeAPort, int nodeBPort)
    {
        foreach (var temp in (string[])["client_body", "proxy", "fastcgi", "uwsgi", "scgi"])
        {
            Directory.CreateDirectory(Path.Combine(directory, temp));
        }

        File.WriteAllText(Path.Combine(directory, "climate.conf"), SiteConfig(Port, nodeAPort, nodeBPort));
        var user = Environment.UserName == "root" ? "user root;\n" : ""; // workers read the temp directory as we do
        File.WriteAllText(MainConfig, $$"""
            {{user}}daemon off;
            worker_processes 1;
            pid {{directory}}/nginx.pid;
            error_log {{ErrorLog}} warn;
            events { worker_connections 512; }
            http {
                access_log {{directory}}/access.log;
                client_body_temp_path {{directory}}/client_body;
                proxy_temp_path {{directory}}/proxy;
                fastcgi_temp_path {{directory}}/fastcgi;
                uwsgi_temp_path {{directory}}/uwsgi;
                scgi_temp_path {{directory}}/scgi;
                include {{directory}}/climate.conf;
            }
            """);
    }

    private string[] Arguments() => ["-c", MainConfig, "-p", directory + "/", "-e", ErrorLog];

    private void Start()
    {
        var start = new ProcessStartInfo(Executable) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in Arguments())
        {
            start.ArgumentList.Add(argument);
        }

        process = Process.Start(start) ?? throw new InvalidOperationException("nginx did not start.");
        ChildWatchdog.SignalWhenHostEnds(process.Id, "TERM");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    private async Task WaitUntilAcceptingAsync()
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            if (process!.HasExited)
            {
                throw new InvalidOperationException($"nginx exited with {process.ExitCode}:\n{ReadErrorLog()}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        throw new TimeoutException($"nginx did not accept connections within 10 s:\n{ReadErrorLog()}");
    }

    private string ReadErrorLog() => File.Exists(ErrorLog) ? File.ReadAllText(ErrorLog) : "(no error log)";

    private static async Task<(int ExitCode, string Output)> RunAsync(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(Executable) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var run = Process.Start(start) ?? throw new InvalidOperationException("nginx did not start.");
        var output = run.StandardOutput.ReadToEndAsync();
        var error = run.StandardError.ReadToEndAsync();
        await run.WaitForExitAsync();
        return (run.ExitCode, await error + await output);
    }

    private static string ReplaceOnce(string text, string what, string with)
    {
        var first = text.IndexOf(what, StringComparison.Ordinal);
        if (first < 0 || text.IndexOf(what, first + 1, StringComparison.Ordinal) >= 0)
        {
            throw new InvalidOperationException($"deploy/nginx/climate.conf must contain '{what}' exactly once for the cluster tests.");
        }

        return string.Concat(text.AsSpan(0, first), with, text.AsSpan(first + what.Length));
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BeneluxClimate.sln")))
            {
                return dir.FullName;
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
