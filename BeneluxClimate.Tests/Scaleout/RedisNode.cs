using BeneluxClimate.Domain.Live;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace BeneluxClimate.Tests.Scaleout;

/// <summary>One app node's live bus: its own in-process bus, relayed through Redis like in production, reconnecting fast.</summary>
public sealed class RedisNode : IAsyncDisposable
{
    private readonly InProcessLiveBus local;
    private readonly ConnectionMultiplexer redis;

    private RedisNode(InProcessLiveBus local, ConnectionMultiplexer redis, RedisLiveBus bus)
    {
        this.local = local;
        this.redis = redis;
        Bus = bus;
    }

    public RedisLiveBus Bus { get; }

    public static async Task<RedisNode> StartAsync(RedisServer server, string channel)
    {
        var options = RedisLiveBus.ConnectionOptions(server.ConnectionString);
        options.ConnectTimeout = 1_000;
        options.ConnectRetry = 1;
        options.ReconnectRetryPolicy = new LinearRetry(200);
        options.HeartbeatInterval = TimeSpan.FromMilliseconds(200);
        var liveOptions = Options.Create(new LiveOptions { RedisChannel = channel });
        var local = new InProcessLiveBus(liveOptions, NullLogger<InProcessLiveBus>.Instance);
        var redis = await ConnectionMultiplexer.ConnectAsync(options);
        var bus = new RedisLiveBus(local, redis, liveOptions, NullLogger<RedisLiveBus>.Instance);
        await bus.StartAsync(CancellationToken.None);
        return new RedisNode(local, redis, bus);
    }

    public async ValueTask DisposeAsync()
    {
        await Bus.StopAsync(CancellationToken.None);
        await redis.DisposeAsync();
        await local.DisposeAsync();
    }
}
