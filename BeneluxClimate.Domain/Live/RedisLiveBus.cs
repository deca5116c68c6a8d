using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace BeneluxClimate.Domain.Live;

/// <summary>
/// Relays live events between app nodes over one Redis pub/sub channel. Subscribers subscribe to this node's
/// <see cref="InProcessLiveBus"/>; an event published here is delivered locally at once and sent to Redis with this
/// node's id, and events from Redis are delivered locally unless this node sent them, so each arrives exactly once.
/// While Redis is away, local delivery goes on; when the subscription connection comes back, every local subscriber
/// is told to resync, since other nodes' events may have been missed.
/// </summary>
public sealed class RedisLiveBus : ILiveBus, IHostedService
{
    private readonly InProcessLiveBus local;
    private readonly IConnectionMultiplexer redis;
    private readonly ILogger<RedisLiveBus> logger;
    private readonly RedisChannel channel;
    private readonly Lock gate = new();
    private readonly CancellationTokenSource stopping = new();
    private Task subscribing = Task.CompletedTask;
    private ChannelMessageQueue? queue;
    private TaskCompletionSource? probe;
    private int publishFailureLogged; // 1 once an outage's first failed publish is logged

    public RedisLiveBus(InProcessLiveBus local, IConnectionMultiplexer redis, IOptions<LiveOptions> options, ILogger<RedisLiveBus> logger)
    {
        this.local = local;
        this.redis = redis;
        this.logger = logger;
        channel = RedisChannel.Literal(options.Value.RedisChannel);
    }

    /// <summary>Tells this node's messages apart from other nodes' on the shared channel.</summary>
    public string NodeId { get; } = Guid.NewGuid().ToString("N");

    /// <summary>Not JSON (events start with '{'): other nodes ignore it.</summary>
    private string ProbeMessage => "probe:" + NodeId;

    /// <summary>
    /// Settings for the relay's connection: starts and keeps serving without Redis, reconnects by itself, and fails
    /// a publish at once while disconnected instead of queueing it (viewers rebuild from the database on reconnect).
    /// </summary>
    public static ConfigurationOptions ConnectionOptions(string connectionString)
    {
        var options = ConfigurationOptions.Parse(connectionString);
        options.AbortOnConnectFail = false;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        return options;
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        redis.ConnectionFailed += OnConnectionFailed;
        redis.ConnectionRestored += OnConnectionRestored;
        if (!await TrySubscribeAsync())
        {
            subscribing = Task.Run(() => SubscribeUntilDoneAsync(stopping.Token), CancellationToken.None);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        redis.ConnectionFailed -= OnConnectionFailed;
        redis.ConnectionRestored -= OnConnectionRestored;
        await stopping.CancelAsync();
        await subscribing;
        ChannelMessageQueue? current;
        lock (gate)
        {
            current = queue;
            queue = null;
        }

        if (current is not null)
        {
            try
            {
                await current.UnsubscribeAsync();
            }
            catch (Exception e) when (e is RedisException or TimeoutException)
            {
                // Redis is away; the subscription ends with the connection.
            }
        }
    }

    public ValueTask PublishAsync(LiveEvent liveEvent)
    {
        ArgumentNullException.ThrowIfNull(liveEvent);
        PublishToOtherNodes(liveEvent);
        return local.PublishAsync(liveEvent);
    }

    public IDisposable Subscribe(string topic, Func<LiveEvent, Task> onEvent, Func<Task> onResync) =>
        local.Subscribe(topic, onEvent, onResync);

    private void PublishToOtherNodes(LiveEvent liveEvent)
    {
        try
        {
            // Called in publishing order and written to the connection in that order; the caller does not wait.
            redis.GetSubscriber().PublishAsync(channel, LiveEventSerializer.Serialize(liveEvent, NodeId))
                .ContinueWith(t => OnPublishFailed(t.Exception!.GetBaseException()), CancellationToken.None,
                    TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            OnPublishFailed(e);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException)
        {
            logger.LogError(e, "A live event of kind {Kind} could not be written for other nodes.", liveEvent.Kind);
        }
    }

    private void OnPublishFailed(Exception e)
    {
        if (Interlocked.Exchange(ref publishFailureLogged, 1) == 0)
        {
            logger.LogWarning(e, "Live events are not reaching other nodes while Redis is unreachable; this node's viewers still get them.");
        }
    }

    /// <summary>Redis was not reachable at the start: subscribe as soon as it is, then resync what viewers missed.</summary>
    private async Task SubscribeUntilDoneAsync(CancellationToken stop)
    {
        try
        {
            do
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500), stop);
            }
            while (!await TrySubscribeAsync());

            await local.ResyncAllAsync();
        }
        catch (OperationCanceledException)
        {
            // stopping
        }
    }

    private async Task<bool> TrySubscribeAsync()
    {
        var subscriber = redis.GetSubscriber();
        try
        {
            var subscribed = await subscriber.SubscribeAsync(channel);
            lock (gate)
            {
                queue = subscribed;
            }

            subscribed.OnMessage(OnMessageAsync); // one message at a time, in the order Redis sent them
            return true;
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            logger.LogWarning(e, "Could not subscribe to the live channel yet; trying again.");
            try
            {
                // Forget this attempt's registration, so the next attempt cannot make a second, unread one.
                await subscriber.UnsubscribeAsync(channel);
            }
            catch (Exception again) when (again is RedisException or TimeoutException)
            {
                // still away; the local registration is gone all the same
            }

            return false;
        }
    }

    private async Task OnMessageAsync(ChannelMessage message)
    {
        LiveEvent liveEvent;
        try
        {
            var bytes = (byte[])message.Message!;
            if (bytes is not [(byte)'{', ..])
            {
                if (Encoding.UTF8.GetString(bytes) == ProbeMessage)
                {
                    Volatile.Read(ref probe)?.TrySetResult();
                }

                return;
            }

            (liveEvent, var node) = LiveEventSerializer.Deserialize(bytes);
            if (node == NodeId)
            {
                return; // delivered locally when it was published
            }
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or ArgumentException or InvalidCastException)
        {
            logger.LogError(e, "A live event from Redis could not be read; dropped.");
            return;
        }

        await local.PublishAsync(liveEvent);
    }

    private void OnConnectionFailed(object? sender, ConnectionFailedEventArgs e)
    {
        if (e.ConnectionType == ConnectionType.Subscription)
        {
            logger.LogWarning(e.Exception, "Lost the live channel's Redis connection ({FailureType}); reconnecting.", e.FailureType);
        }
    }

    private void OnConnectionRestored(object? sender, ConnectionFailedEventArgs e)
    {
        Interlocked.Exchange(ref publishFailureLogged, 0);
        if (e.ConnectionType != ConnectionType.Subscription)
        {
            return;
        }

        lock (gate)
        {
            if (queue is null)
            {
                return; // not subscribed yet: SubscribeUntilDoneAsync resyncs once it is
            }
        }

        logger.LogInformation("The live channel's Redis connection is back; viewers resync from the database.");
        _ = ResyncWhenResubscribedAsync();
    }

    /// <summary>
    /// StackExchange.Redis subscribes again just after it reports the connection back. Viewers resync once this node's
    /// own probe comes back through the channel, so no event published after their reload can slip past them.
    /// </summary>
    private async Task ResyncWhenResubscribedAsync()
    {
        for (var attempt = 0; attempt < 20 && !stopping.IsCancellationRequested; attempt++)
        {
            var echoed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            Volatile.Write(ref probe, echoed);
            try
            {
                await redis.GetSubscriber().PublishAsync(channel, ProbeMessage);
            }
            catch (Exception e) when (e is RedisException or TimeoutException)
            {
                // away again; the next attempt or the next reconnect tries once more
            }

            if (await Task.WhenAny(echoed.Task, Task.Delay(TimeSpan.FromMilliseconds(250))) == echoed.Task)
            {
                break;
            }
        }

        await local.ResyncAllAsync();
    }
}
