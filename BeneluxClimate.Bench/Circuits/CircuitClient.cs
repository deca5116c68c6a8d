using System.Diagnostics;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BeneluxClimate.Bench.Circuits;

/// <summary>
/// One Blazor Server circuit without a browser: starts it for a prerendered page, acknowledges every render batch,
/// answers every JavaScript call, and tells a watcher when a token first shows up in a render batch.
/// </summary>
internal sealed class CircuitClient : IAsyncDisposable
{
    private readonly HubConnection connection;
    private readonly Uri appAddress;
    private readonly HttpClient http;
    private readonly CircuitFailures failures;
    private readonly TaskCompletionSource firstRender = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock gate = new();
    private readonly List<TokenWatch> watches = [];
    private string? circuitId;
    private bool closing;

    private CircuitClient(HubConnection connection, Uri appAddress, HttpClient http, CircuitFailures failures)
    {
        this.connection = connection;
        this.appAddress = appAddress;
        this.http = http;
        this.failures = failures;
        connection.On<long, string, string, int, long, int>("JS.BeginInvokeJS", AnswerJsAsync);
        connection.On<long, byte[]>("JS.RenderBatch", OnRenderBatchAsync);
        connection.On<string, string, string, bool>("JS.SavePersistedState", (_, _, _) => true);
        connection.On<string>("JS.Error", error =>
        {
            failures.JsError(error);
            firstRender.TrySetException(new InvalidOperationException("JS.Error: " + error));
        });
        connection.Closed += error =>
        {
            if (!closing)
            {
                failures.Terminated(error?.Message ?? "closed by the server");
                firstRender.TrySetException(new InvalidOperationException("The circuit's connection closed.", error));
            }

            return Task.CompletedTask;
        };
    }

    public static async Task<CircuitClient> StartAsync(PrerenderedPage page, Uri appAddress, HttpClient http, ILoggerFactory loggers,
        CircuitFailures failures, string? cookie, CancellationToken ct)
    {
        var builder = new HubConnectionBuilder()
            .WithUrl(new Uri(appAddress, "_blazor"), HttpTransportType.WebSockets, options =>
            {
                options.SkipNegotiation = true;
                if (cookie is not null)
                {
                    options.Headers["Cookie"] = cookie;
                }
            });
        builder.Services.AddSingleton(loggers); // one factory for all, or each connection starts its own thread
        builder.Services.AddSingleton<IHubProtocol, BlazorPackProtocol>();
        var client = new CircuitClient(builder.Build(), appAddress, http, failures);
        try
        {
            await client.connection.StartAsync(ct);
            client.circuitId = await client.connection.InvokeAsync<string?>("StartCircuit",
                appAddress.ToString(), page.Address.ToString(), "[]", page.ApplicationState, ct)
                ?? throw new InvalidOperationException("StartCircuit refused the circuit.");
            await client.connection.SendAsync("UpdateRootComponents", page.AddOperationsJson(), page.ApplicationState, ct);
            await client.firstRender.Task.WaitAsync(TimeSpan.FromSeconds(60), ct);
            return client;
        }
        catch
        {
            await client.DisposeAsync();
            throw;
        }
    }

    /// <summary>Completes when the token first shows up in a render batch: that batch's arrival and size.</summary>
    public Task<TokenSeen> WatchAsync(byte[] token)
    {
        var watch = new TokenWatch(token);
        lock (gate)
        {
            watches.Add(watch);
        }

        return watch.Seen.Task;
    }

    /// <summary>Whether the server still holds the connection open.</summary>
    public bool IsConnected => connection.State == HubConnectionState.Connected;

    /// <summary>Sends a raw hub message, as a script in the browser could.</summary>
    public Task SendRawAsync(string method, object?[] arguments, CancellationToken ct = default) =>
        connection.SendCoreAsync(method, arguments, ct);

    /// <summary>Ends the circuit as the browser does on unload, then closes the connection.</summary>
    public async ValueTask DisposeAsync()
    {
        closing = true;
        if (circuitId is not null && connection.State == HubConnectionState.Connected)
        {
            try
            {
                using var form = new FormUrlEncodedContent([new("circuitId", circuitId)]);
                using var response = await http.PostAsync(new Uri(appAddress, "_blazor/disconnect"), form);
            }
            catch (HttpRequestException)
            {
                // The app may already be gone; the connection's close ends the circuit too.
            }
        }

        await connection.DisposeAsync();
    }

    private async Task OnRenderBatchAsync(long batchId, byte[] batch)
    {
        var arrived = Stopwatch.GetTimestamp();
        firstRender.TrySetResult();
        lock (gate)
        {
            for (var i = watches.Count - 1; i >= 0; i--)
            {
                if (batch.AsSpan().IndexOf(watches[i].Token) >= 0)
                {
                    watches[i].Seen.TrySetResult(new TokenSeen(arrived, batch.Length));
                    watches.RemoveAt(i);
                }
            }
        }

        await connection.SendAsync("OnRenderCompleted", batchId, null);
    }

    private async Task AnswerJsAsync(long handle, string identifier, string argsJson, int resultType, long targetInstanceId, int callType)
    {
        if (handle != 0)
        {
            await connection.SendAsync("EndInvokeJSFromDotNet", handle, true, BrowserAnswers.For(handle, identifier, resultType));
        }
    }

    private sealed class TokenWatch(byte[] token)
    {
        public byte[] Token { get; } = token;

        public TaskCompletionSource<TokenSeen> Seen { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
