using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace BeneluxClimate.App.Hosting.Circuits;

/// <summary>
/// Guards Blazor's circuit hub. Each connection there carries one circuit, so it caps the connections per member and
/// per IP address, and paces every message a connection sends (clicks, keystrokes, render acknowledgements, JS replies):
/// SignalR handles one message per connection at a time, so a message waiting for its turn holds back the rest and a
/// script gets no further than the sustained rate; one that keeps pressing is disconnected.
/// </summary>
internal sealed class CircuitHubGuard(OpenCircuits open, IOptions<CircuitLimitOptions> options, ILogger<CircuitHubGuard> logger) : IHubFilter
{
    private const string KeysItem = "climate.circuit-keys";
    private const string PaceItem = "climate.circuit-pace";

    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        var keys = KeysOf(context.Context);
        if (!open.TryEnter(keys, options.Value))
        {
            logger.LogWarning("Refused a circuit: {Keys} already hold the most circuits allowed.", string.Join(" and ", keys.Select(k => k.Kind)));
            throw new HubException("Too many open windows.");
        }

        context.Context.Items[KeysItem] = keys;
        context.Context.Items[PaceItem] = new CircuitPace(options.Value);
        try
        {
            await next(context);
        }
        catch
        {
            Forget(context.Context);
            throw;
        }
    }

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        if (invocationContext.Context.Items.TryGetValue(PaceItem, out var item) && item is CircuitPace pace)
        {
            // The messages a script had already sent still arrive after the abort: say it once, refuse them all.
            var alreadyCutOff = pace.CutOff;
            if (!await pace.WaitTurnAsync())
            {
                if (!alreadyCutOff)
                {
                    logger.LogWarning("Disconnected a circuit that kept sending messages faster than {Rate} a second.", options.Value.EventsPerSecond);
                }

                invocationContext.Context.Abort();
                return null;
            }
        }

        return await next(invocationContext);
    }

    public async Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        Forget(context.Context);
        await next(context, exception);
    }

    private void Forget(HubCallerContext caller)
    {
        if (caller.Items.Remove(KeysItem, out var keys) && keys is IReadOnlyList<OpenCircuits.Key> entered)
        {
            open.Leave(entered);
        }

        if (caller.Items.Remove(PaceItem, out var pace))
        {
            (pace as IDisposable)?.Dispose();
        }
    }

    private static List<OpenCircuits.Key> KeysOf(HubCallerContext caller)
    {
        var keys = new List<OpenCircuits.Key>(2);
        if (caller.GetHttpContext()?.Connection.RemoteIpAddress?.ToString() is { } ip)
        {
            keys.Add(new(OpenCircuits.KeyKind.Ip, ip));
        }

        if (caller.UserIdentifier is { } member)
        {
            keys.Add(new(OpenCircuits.KeyKind.Member, member));
        }

        return keys;
    }
}
