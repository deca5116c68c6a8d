using System.Net;
using System.Net.Sockets;

namespace BeneluxClimate.Tests.Reliability;

/// <summary>
/// A loopback TCP relay in front of the app, as a flaky network between a browser and the server: it can cut every
/// connection and refuse new ones (each is closed at once) until it is restored.
/// </summary>
public sealed class TcpRelay : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly int targetPort;
    private readonly CancellationTokenSource stopping = new();
    private readonly Lock gate = new();
    private readonly List<TcpClient> open = [];
    private readonly Task accepting;
    private bool cut;

    public TcpRelay(int targetPort)
    {
        this.targetPort = targetPort;
        listener.Start();
        Address = new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/");
        accepting = Task.Run(AcceptAsync);
    }

    public Uri Address { get; }

    /// <summary>Drops every connection and refuses new ones until <see cref="Restore"/>.</summary>
    public void Cut()
    {
        lock (gate)
        {
            cut = true;
            foreach (var client in open)
            {
                client.Client.LingerState = new LingerOption(true, 0); // a reset, as when the network goes away
                client.Dispose();
            }

            open.Clear();
        }
    }

    public void Restore()
    {
        lock (gate)
        {
            cut = false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        Cut();
        try
        {
            await accepting;
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task AcceptAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            TcpClient browser;
            try
            {
                browser = await listener.AcceptTcpClientAsync(stopping.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = RelayAsync(browser);
        }
    }

    private async Task RelayAsync(TcpClient browser)
    {
        var server = new TcpClient();
        lock (gate)
        {
            if (cut)
            {
                browser.Dispose();
                return;
            }

            open.Add(browser);
            open.Add(server);
        }

        try
        {
            await server.ConnectAsync(IPAddress.Loopback, targetPort, stopping.Token);
            await Task.WhenAny(
                browser.GetStream().CopyToAsync(server.GetStream(), stopping.Token),
                server.GetStream().CopyToAsync(browser.GetStream(), stopping.Token));
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException or OperationCanceledException or InvalidOperationException)
        {
            // cut, or one side closed
        }
        finally
        {
            lock (gate)
            {
                open.Remove(browser);
                open.Remove(server);
            }

            browser.Dispose();
            server.Dispose();
        }
    }
}
