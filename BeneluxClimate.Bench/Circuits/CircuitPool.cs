using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace BeneluxClimate.Bench.Circuits;

/// <summary>
/// N live circuits on one page, opened in parallel with bounded concurrency. One page GET's markers serve many
/// circuits; the page is fetched again when its descriptors near their lifetime.
/// </summary>
internal sealed class CircuitPool : IAsyncDisposable
{
    private const int Concurrency = 16;

    private readonly List<CircuitClient> clients;

    private CircuitPool(List<CircuitClient> clients, CircuitFailures failures)
    {
        this.clients = clients;
        Failures = failures;
    }

    public IReadOnlyList<CircuitClient> Clients => clients;

    public CircuitFailures Failures { get; }

    /// <summary>Circuits that could not be opened.</summary>
    public int Refused { get; private init; }

    public static async Task<CircuitPool> OpenAsync(Uri appAddress, string path, int count, HttpClient http, ILoggerFactory loggers,
        CancellationToken ct, string? cookie = null)
    {
        var failures = new CircuitFailures();
        var address = new Uri(appAddress, path);
        var page = await PrerenderedPage.GetAsync(http, address, cookie, ct);
        Console.WriteLine($"  /{path}: {page.Markers.Count} server components, persisted state {page.ApplicationState.Length:N0} characters");
        var pageGate = new SemaphoreSlim(1, 1);
        var opened = new List<CircuitClient>(count);
        var refused = 0;
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = ct }, async (i, token) =>
        {
            var current = await FreshAsync();
            try
            {
                var client = await CircuitClient.StartAsync(current, appAddress, http, loggers, failures, cookie, token);
                lock (opened)
                {
                    opened.Add(client);
                    if (opened.Count % 500 == 0)
                    {
                        Console.WriteLine($"  {opened.Count:N0} circuits open ({clock.Elapsed.TotalSeconds:F0} s)");
                    }
                }
            }
            catch (Exception e) when (e is not OperationCanceledException || !token.IsCancellationRequested)
            {
                if (Interlocked.Increment(ref refused) <= 3)
                {
                    Console.Error.WriteLine($"  circuit {i} failed to open: {e.GetBaseException().Message}");
                }
            }
        });
        Console.WriteLine($"  {opened.Count:N0} circuits open on {path} in {clock.Elapsed.TotalSeconds:F1} s ({refused} refused)");
        return new CircuitPool(opened, failures) { Refused = refused };

        async Task<PrerenderedPage> FreshAsync()
        {
            if (page.IsFresh)
            {
                return page;
            }

            await pageGate.WaitAsync(ct);
            try
            {
                if (!page.IsFresh)
                {
                    page = await PrerenderedPage.GetAsync(http, address, cookie, ct);
                }

                return page;
            }
            finally
            {
                pageGate.Release();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Parallel.ForEachAsync(clients, new ParallelOptions { MaxDegreeOfParallelism = Concurrency }, async (client, _) => await client.DisposeAsync());
    }
}
