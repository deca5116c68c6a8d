using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Tests.Builders;
using BeneluxClimate.Tests.Postgres;
using BeneluxClimate.Tests.Scaleout;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BeneluxClimate.Tests.Browser.Scaleout;

/// <summary>
/// Two app nodes on one PostgreSQL database with Redis between them, each with its own browsers: what happens on one
/// node is on the other node's screens live.
/// </summary>
public sealed class CrossNodeTests : BrowserTest
{
    private readonly RedisServer redis;
    private readonly Dictionary<string, string?> settings;
    private ClimateAppFactory nodeB = null!;
    private Uri nodeBAddress = null!;

    public CrossNodeTests(BrowserFixture browser)
        : this(browser, new RedisServer(), NewPostgresDatabase())
    {
    }

    private CrossNodeTests(BrowserFixture browser, RedisServer redis, string database)
        : this(browser, redis, new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Climate"] = database,
            ["ConnectionStrings:Redis"] = redis.ConnectionString,
            ["Discussion:CommentIntervalSeconds"] = "0",
        })
    {
    }

    private CrossNodeTests(BrowserFixture browser, RedisServer redis, Dictionary<string, string?> settings)
        : base(browser, settings)
    {
        this.redis = redis;
        this.settings = settings;
    }

    public override async Task InitializeAsync()
    {
        await redis.InitializeAsync();
        await base.InitializeAsync(); // node A, which creates the database
        nodeB = new ClimateAppFactory(overrides: new(settings) { ["RateLimits:AccountPostsPerIpPerMinute"] = "1000" });
        nodeBAddress = nodeB.StartKestrel();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await nodeB.DisposeAsync();
        await redis.DisposeAsync();
        await (await PostgresServer.InstanceAsync()).DropDatabaseAsync(settings["ConnectionStrings:Climate"]!);
    }

    // The settings are fixed when the test is built, so its database is made then (the cluster starts once per run).
    private static string NewPostgresDatabase() =>
        PostgresServer.InstanceAsync().GetAwaiter().GetResult().CreateDatabaseAsync().GetAwaiter().GetResult();

    [Fact]
    public async Task A_comment_posted_on_one_node_is_on_a_visitor_s_screen_on_the_other_node_within_a_second()
    {
        Assert.IsType<RedisLiveBus>(App.Services.GetRequiredService<ILiveBus>());
        await using (var db = await App.Services.GetRequiredService<IDbContextFactory<ClimateDbContext>>().CreateDbContextAsync())
        {
            Assert.IsType<PostgresClimateDbContext>(db);
        }

        var visitorOnB = await (await NewContextAsync()).NewPageAsync();
        await visitorOnB.GotoAsync(new Uri(nodeBAddress, "/proposals/1").ToString());
        await visitorOnB.Locator("[data-testid=app][data-interactive=true]").WaitForAsync();
        var memberOnA = await SignedInPageAsync("joost@demo.test", "/proposals/1");

        await memberOnA.GetByTestId("comment-input").FillAsync("Posted on node A: a heat network for Baarle");
        await memberOnA.GetByTestId("comment-submit").ClickAsync();
        await Assertions.Expect(memberOnA.GetByTestId("comment-body").Filter(new() { HasText = "Posted on node A" })).ToBeVisibleAsync();

        await Assertions.Expect(visitorOnB.GetByTestId("comment-body").Filter(new() { HasText = "Posted on node A" }))
            .ToBeVisibleAsync(new() { Timeout = 1_000 });
        Page = visitorOnB;
        await CheckPageAsync("visitor-on-node-b");
    }
}
