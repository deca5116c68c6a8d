using System.Diagnostics;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BeneluxClimate.Bench.Circuits;

/// <summary>A plain SignalR connection to the app's raw bench hub (MessagePack over WebSockets) that notes when a token arrives.</summary>
internal sealed class RawHubClient : IAsyncDisposable
{
    private readonly HubConnection connection;
    private readonly Lock gate = new();
    private readonly Dictionary<string, TaskCompletionSource<TokenSeen>> watches = new(StringComparer.Ordinal);
    private bool closing;

    private RawHubClient(HubConnection connection, CircuitFailures failures)
    {
        this.connection = connection;
        connection.On<byte[]>("payload", payload =>
        {
            var arrived = Stopwatch.GetTimestamp();
            var token = System.Text.Encoding.UTF8.GetString(payload, 0, Math.Min(payload.Length, TokenLength));
            lock (gate)
            {
                if (watches.Remove(token, out var seen))
                {
                    seen.TrySetResult(new TokenSeen(arrived, payload.Length));
                }
            }
        });
        connection.Closed += error =>
        {
            if (!closing)
            {
                failures.Terminated(error?.Message ?? "raw connection closed by the server");
            }

            return Task.CompletedTask;
        };
    }

    /// <summary>Every token the bench sends has this many UTF-8 bytes (it heads the payload).</summary>
    public const int TokenLength = 32;

    public static async Task<RawHubClient> StartAsync(Uri appAddress, ILoggerFactory loggers, CircuitFailures failures, CancellationToken ct)
    {
        var builder = new HubConnectionBuilder()
            .WithUrl(new Uri(appAddress, "bench/raw"), HttpTransportType.WebSockets, options => options.SkipNegotiation = true)
            .AddMessagePackProtocol();
        builder.Services.AddSingleton(loggers);
        var client = new RawHubClient(builder.Build(), failures);
        try
        {
            await client.connection.StartAsync(ct);
            return client;
        }
        catch
        {
            await client.DisposeAsync();
            throw;
        }
    }

    /// <summary>Opens <paramref name="count"/> connections in parallel; one that cannot connect counts as a failure.</summary>
    public static async Task<List<RawHubClient>> OpenManyAsync(Uri appAddress, int count, ILoggerFactory loggers, CircuitFailures failures, CancellationToken ct)
    {
        var opened = new List<RawHubClient>(count);
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = ct }, async (_, token) =>
        {
            try
            {
                var client = await StartAsync(appAddress, loggers, failures, token);
                lock (opened)
                {
                    opened.Add(client);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException || !token.IsCancellationRequested)
            {
                failures.Terminated("could not connect: " + e.GetBaseException().Message);
            }
        });
        return opened;
    }

    public Task<TokenSeen> WatchAsync(string token)
    {
        var seen = new TaskCompletionSource<TokenSeen>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (gate)
        {
            watches[token] = seen;
        }

        return seen.Task;
    }

    public async ValueTask DisposeAsync()
    {
        closing = true;
        await connection.DisposeAsync();
    }
}
