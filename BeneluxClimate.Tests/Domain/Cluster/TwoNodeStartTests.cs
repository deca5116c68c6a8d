using BeneluxClimate.Domain;
using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Members;
using BeneluxClimate.Domain.News;
using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Tests.Builders;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BeneluxClimate.Tests.Domain.Cluster;

/// <summary>Two app nodes on one database: what must happen once across them happens once.</summary>
public sealed class TwoNodeStartTests : IAsyncLifetime
{
    private readonly string directory = Directory.CreateTempSubdirectory("climate-nodes-").FullName;
    private ServiceProvider nodeA = null!;
    private ServiceProvider nodeB = null!;

    public Task InitializeAsync()
    {
        nodeA = Node();
        nodeB = Node();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await nodeA.DisposeAsync();
        await nodeB.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task Nodes_starting_together_on_a_new_database_create_the_roles_and_demo_data_once()
    {
        await using var nodeC = Node();
        await using var nodeD = Node();
        await Task.WhenAll(new[] { nodeA, nodeB, nodeC, nodeD }.Select(n => Task.Run(() => StartAsync(n)))); // none fails on another's rows

        await using var db = await nodeA.GetRequiredService<IDbContextFactory<ClimateDbContext>>().CreateDbContextAsync();
        Assert.Equal(1, await db.Users.CountAsync(u => u.NormalizedEmail == "ADMIN@DEMO.TEST"));
        Assert.Equal(Roles.All.Count, await db.Roles.CountAsync());
        Assert.Empty(await db.ClusterLeases.ToListAsync()); // the start-up lease was let go
    }

    [Fact]
    public async Task A_scheduled_news_post_is_announced_by_one_node_only()
    {
        await StartAsync(nodeA);
        await StartAsync(nodeB);
        string hostId;
        await using (var db = await nodeA.GetRequiredService<IDbContextFactory<ClimateDbContext>>().CreateDbContextAsync())
        {
            hostId = await db.Users.Where(u => u.NormalizedEmail == "HOST@DEMO.TEST").Select(u => u.Id).SingleAsync();
        }

        var host = Actor.Member(hostId, Roles.Member, Roles.EventHost);
        var releasers = new[] { Releaser(nodeA), Releaser(nodeB) };
        await Task.WhenAll(releasers.Select(r => r.ScanNowAsync())); // each node has started its scans
        var announced = new List<LiveEvent>();
        using var onA = Watch(nodeA, announced);
        using var onB = Watch(nodeB, announced);

        var created = await nodeA.GetRequiredService<NewsService>().PublishAsync(host,
            new NewsInput(Guid.NewGuid(), "Cross-border pilots", "Applications open now.", "Details follow.", "en", DateTimeOffset.UtcNow.AddSeconds(1)));
        await Task.Delay(1500);
        var handled = await Task.WhenAll(releasers.Select(r => r.ScanNowAsync()));
        await Task.Delay(300); // the buses deliver

        Assert.True(created.Succeeded);
        Assert.Equal(1, handled.Sum());
        Assert.Single(announced, e => e.Kind == NewsEvents.Published && ((NewsCard)e.Payload).Id == created.PostId);
    }

    private ServiceProvider Node()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Climate"] = $"Data Source={Path.Combine(directory, "climate.db")}",
            ["Mail:PickupDirectory"] = Path.Combine(directory, "mail"),
            ["Seed:DemoData"] = "true",
        }).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddClimateDomain(configuration);
        services.AddIdentityCore<ClimateUser>().AddRoles<IdentityRole>().AddEntityFrameworkStores<ClimateDbContext>();
        return services.BuildServiceProvider(validateScopes: true);
    }

    private static async Task StartAsync(ServiceProvider node)
    {
        await using var scope = node.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
    }

    private static NewsReleaseService Releaser(ServiceProvider node) =>
        node.GetServices<IHostedService>().OfType<NewsReleaseService>().Single();

    private static IDisposable Watch(ServiceProvider node, List<LiveEvent> announced) =>
        node.GetRequiredService<ILiveBus>().Subscribe(LiveTopics.News, e =>
        {
            lock (announced)
            {
                announced.Add(e);
            }

            return Task.CompletedTask;
        }, () => Task.CompletedTask);
}
