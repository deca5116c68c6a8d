using BeneluxClimate.Domain.Cluster;
using BeneluxClimate.Tests.Builders;
using Microsoft.Extensions.Logging;

namespace BeneluxClimate.Tests.Domain.Cluster;

/// <summary>Two nodes on one database: a lease is held by one of them at a time.</summary>
public class ClusterLeasesTests : IAsyncLifetime
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    private readonly ManualClock clock = new(DateTimeOffset.UtcNow);
    private TestDatabase database = null!;
    private ClusterLeases nodeA = null!;
    private ClusterLeases nodeB = null!;

    /// <summary>The database provider these tests run on; a derived class in Tests/Postgres runs them on PostgreSQL.</summary>
    protected virtual string Provider => "Sqlite";

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateOnAsync(Provider);
        nodeA = new ClusterLeases(database.Contexts, clock);
        nodeB = new ClusterLeases(database.Contexts, clock);
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    private sealed class ManualClock(DateTimeOffset now) : TimeProvider
    {
        private DateTimeOffset now = now;

        public void Advance(TimeSpan by) => now += by;

        public override DateTimeOffset GetUtcNow() => now;
    }

    [Fact]
    public async Task While_one_node_holds_a_lease_the_other_cannot_take_it_and_the_holder_renews_it()
    {
        Assert.True(await nodeA.TryHoldAsync("news-releases", Minute));
        Assert.False(await nodeB.TryHoldAsync("news-releases", Minute));

        clock.Advance(TimeSpan.FromSeconds(50));
        Assert.True(await nodeA.TryHoldAsync("news-releases", Minute)); // renewed for another minute from now
        clock.Advance(TimeSpan.FromSeconds(50));
        Assert.False(await nodeB.TryHoldAsync("news-releases", Minute));
        Assert.True(await nodeB.TryHoldAsync("another-job", Minute)); // leases are per job
    }

    [Fact]
    public async Task A_node_waiting_for_a_held_lease_logs_no_error()
    {
        // Nodes starting together wait for the start-up lease every 250 ms; an operator must not see a database
        // error for each of those waits.
        var errors = new ErrorLog();
        database.Get<ILoggerFactory>().AddProvider(errors);
        Assert.True(await nodeA.TryHoldAsync("start-up", Minute));

        Assert.False(await nodeB.TryHoldAsync("start-up", Minute));
        Assert.False(await nodeB.TryHoldAsync("start-up", Minute));

        Assert.Empty(errors.Entries);
    }

    private sealed class ErrorLog : ILoggerProvider, ILogger
    {
        public List<string> Entries { get; } = [];

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                lock (Entries)
                {
                    Entries.Add(formatter(state, exception));
                }
            }
        }

        public void Dispose()
        {
        }
    }

    [Fact]
    public async Task A_lease_its_holder_stopped_renewing_passes_to_another_node_when_it_runs_out()
    {
        Assert.True(await nodeA.TryHoldAsync("news-releases", Minute));

        clock.Advance(Minute + TimeSpan.FromSeconds(1)); // node A died
        Assert.True(await nodeB.TryHoldAsync("news-releases", Minute));
        Assert.False(await nodeA.TryHoldAsync("news-releases", Minute)); // back, it finds B holding
    }

    [Fact]
    public async Task A_released_lease_goes_to_the_node_waiting_for_it_at_once()
    {
        var held = await nodeA.HoldAsync("start-up", Minute);
        var waiting = nodeB.HoldAsync("start-up", Minute);
        await Task.Delay(300);
        Assert.False(waiting.IsCompleted);

        await held.DisposeAsync();

        await using var _ = await waiting.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.False(await nodeA.TryHoldAsync("start-up", Minute));
    }

    [Fact]
    public async Task Nodes_racing_for_a_free_lease_give_it_to_exactly_one()
    {
        var nodes = Enumerable.Range(0, 6).Select(_ => new ClusterLeases(database.Contexts, clock)).ToList();

        var won = await Task.WhenAll(nodes.Select(n => Task.Run(() => n.TryHoldAsync("news-releases", Minute))));

        Assert.Single(won, w => w);
    }
}
