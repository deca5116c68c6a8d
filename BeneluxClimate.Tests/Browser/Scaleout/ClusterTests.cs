using System.Diagnostics;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json;
using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Tests.Postgres;
using BeneluxClimate.Tests.Scaleout.Cluster;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace BeneluxClimate.Tests.Browser.Scaleout;

/// <summary>
/// Two app nodes as their own processes on one PostgreSQL database with Redis between them and nginx in front
/// (<see cref="ClusterFixture"/>): what a member does on one node is on every screen of the other, a sign-in works on
/// both, and neither a Redis outage, a node killed with SIGKILL nor a database restart loses an acknowledged comment.
/// Each test uses a proposal of its own and comment texts of its own.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ClusterTests(BrowserFixture browser, ClusterFixture cluster, ITestOutputHelper output)
    : IClassFixture<ClusterFixture>, IAsyncLifetime
{
    private const string Member = "joost@demo.test";
    private readonly List<IBrowserContext> contexts = [];
    private readonly string tag = Guid.NewGuid().ToString("N")[..6];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var context in contexts)
        {
            await context.DisposeAsync();
        }
    }

    [Fact]
    public async Task Through_nginx_a_comment_posted_on_one_node_is_on_a_visitor_s_screen_on_the_other_within_a_second_and_both_count_two_viewers()
    {
        var memberBrowser = await NewContextAsync(cluster.Nginx.Address, await cluster.AffinityForAsync(cluster.NodeA));
        var visitorBrowser = await NewContextAsync(cluster.Nginx.Address, await cluster.AffinityForAsync(cluster.NodeB));
        var visitor = await OpenAsync(visitorBrowser, "/proposals/1");
        var member = await SignedInPageAsync(memberBrowser, "/proposals/1");
        Assert.Equal(cluster.NodeA.Name, await NodeServingAsync(memberBrowser));
        Assert.Equal(cluster.NodeB.Name, await NodeServingAsync(visitorBrowser));

        var text = $"Through nginx {tag}: a heat network for Baarle";
        await PostCommentAsync(member, text);

        var clock = Stopwatch.StartNew();
        await Assertions.Expect(Comment(visitor, text)).ToBeVisibleAsync(new() { Timeout = 1_000 });
        output.WriteLine($"on the other node's screen after {clock.ElapsedMilliseconds} ms");
        // Viewer counts span the nodes: each node alone has one person on the page.
        await Assertions.Expect(visitor.GetByTestId("viewer-count")).ToHaveTextAsync("2", new() { Timeout = 5_000 });
        await Assertions.Expect(member.GetByTestId("viewer-count")).ToHaveTextAsync("2", new() { Timeout = 5_000 });
        await CheckAsync(member, "member-on-node-a");
        await CheckAsync(visitor, "visitor-on-node-b");
    }

    [Fact]
    public async Task Directly_on_the_nodes_a_comment_posted_on_node_B_is_on_a_viewer_s_screen_on_node_A_within_a_second()
    {
        var viewer = await OpenAsync(await NewContextAsync(cluster.NodeA.Address), "/proposals/2");
        var member = await SignedInPageAsync(await NewContextAsync(cluster.NodeB.Address), "/proposals/2");

        var text = $"Posted on node B {tag}: shared buses between Arlon and Luxembourg";
        await PostCommentAsync(member, text);

        var clock = Stopwatch.StartNew();
        await Assertions.Expect(Comment(viewer, text)).ToBeVisibleAsync(new() { Timeout = 1_000 });
        output.WriteLine($"on node A's screen after {clock.ElapsedMilliseconds} ms");
        await CheckAsync(viewer, "viewer-on-node-a");
    }

    [Fact]
    public async Task A_member_signed_in_on_node_A_is_signed_in_on_node_B_and_can_post_there()
    {
        // Cookies are per host, not per port: the browser sends node A's sign-in cookie to node B, which can read it
        // only with the same Data Protection keys (each node has a home of its own, so the keys come from the database).
        var browserContext = await NewContextAsync(cluster.NodeA.Address);
        await SignedInPageAsync(browserContext, "/proposals/4");

        var onB = await browserContext.NewPageAsync();
        await onB.GotoAsync(new Uri(cluster.NodeB.Address, "/proposals/4").ToString());
        await WaitForCircuitAsync(onB);
        await Assertions.Expect(onB.GetByTestId("user-menu")).ToContainTextAsync("Joost");
        var text = $"Signed in on node A, posted on node B {tag}";
        await PostCommentAsync(onB, text);

        Assert.Equal(1, await ClusterFixture.CountCommentsAsync(cluster.Database, text));
        await CheckAsync(onB, "member-on-node-b");
    }

    [Fact]
    public async Task During_a_30_second_Redis_outage_both_nodes_serve_and_afterwards_the_other_node_s_viewer_has_every_comment()
    {
        const string path = "/proposals/6";
        var member = await SignedInPageAsync(await NewContextAsync(cluster.NodeA.Address), path);
        var viewerBrowser = await NewContextAsync(cluster.NodeB.Address);
        var viewer = await OpenAsync(viewerBrowser, path);
        var prefix = $"Outage {tag}";
        await PostCommentAsync(member, $"{prefix} before: the relay works");
        await Assertions.Expect(Comment(viewer, $"{prefix} before")).ToBeVisibleAsync(new() { Timeout = 1_000 });

        var posted = new List<string>();
        await cluster.Redis.StopAsync(); // SIGKILL by pid
        var outage = Stopwatch.StartNew();
        try
        {
            await ClusterFixture.WaitForProbeAsync(cluster.NodeA, "/healthz/redis", "Degraded", TimeSpan.FromSeconds(10));
            await ClusterFixture.WaitForProbeAsync(cluster.NodeB, "/healthz/redis", "Degraded", TimeSpan.FromSeconds(10));
            Assert.Equal("Healthy", (await ClusterFixture.ProbeAsync(cluster.NodeA, "/healthz/database")).Body); // reported apart
            for (var i = 1; i <= 5; i++)
            {
                await UntilAsync(outage, TimeSpan.FromSeconds(6 * (i - 1))); // at 0, 6, 12, 18 and 24 s
                var text = $"{prefix} during, comment {i} of 5";
                await PostCommentAsync(member, text); // acknowledged on the member's screen
                posted.Add(text);
                if (i == 2)
                {
                    // Both nodes keep serving pages while Redis is away.
                    var freshOnA = await OpenAsync(await NewContextAsync(cluster.NodeA.Address), path);
                    await Assertions.Expect(Comment(freshOnA, text)).ToBeVisibleAsync();
                    var freshOnB = await OpenAsync(await NewContextAsync(cluster.NodeB.Address), "/proposals");
                    await Assertions.Expect(freshOnB.GetByTestId("proposal-card").First).ToBeVisibleAsync();
                    await CheckAsync(freshOnB, "node-b-during-outage");
                }
            }

            // The relay is cut: what the viewer gets next comes from the resync when Redis is back.
            Assert.Equal(0, await Comment(viewer, $"{prefix} during").CountAsync());
            await UntilAsync(outage, TimeSpan.FromSeconds(30));
        }
        finally
        {
            await cluster.Redis.StartAsync();
        }

        var back = Stopwatch.StartNew();
        await Assertions.Expect(Comment(viewer, $"{prefix} during")).ToHaveCountAsync(posted.Count, new() { Timeout = 20_000 });
        output.WriteLine($"Redis down {outage.Elapsed.TotalSeconds:F1} s; the viewer on node B had all {posted.Count} comments {back.ElapsedMilliseconds} ms after it came back");
        Assert.Equal(posted, await Comment(viewer, $"{prefix} during").AllInnerTextsAsync());
        await ClusterFixture.WaitForProbeAsync(cluster.NodeA, "/healthz/redis", "Healthy", TimeSpan.FromSeconds(20));
        await ClusterFixture.WaitForProbeAsync(cluster.NodeB, "/healthz/redis", "Healthy", TimeSpan.FromSeconds(20));

        // And the relay carries new comments live again.
        await PostCommentAsync(member, $"{prefix} after: live again");
        await Assertions.Expect(Comment(viewer, $"{prefix} after")).ToBeVisibleAsync(new() { Timeout = 1_000 });
        await CheckAsync(viewer, "viewer-on-node-b-after-outage");
    }

    [Fact]
    public async Task A_node_killed_with_SIGKILL_while_a_member_posts_loses_no_acknowledged_comment_and_serves_again_after_a_restart()
    {
        const string path = "/proposals/8";
        var viewer = await OpenAsync(await NewContextAsync(cluster.NodeB.Address), path);
        var writerBrowser = await NewContextAsync(cluster.NodeA.Address);
        var writer = await SignedInPageAsync(writerBrowser, path);
        var prefix = $"Kill {tag}";
        var acknowledged = new List<string>();
        var stored = new Dictionary<string, int>();
        Task? killing = null;
        try
        {
            for (var i = 1; i <= 200 && cluster.NodeA.IsRunning; i++)
            {
                var text = $"{prefix} comment {i:D3}";
                try
                {
                    await PostCommentAsync(writer, text, timeoutMs: 5_000);
                }
                catch (Exception e) when (e is PlaywrightException or TimeoutException)
                {
                    break; // the node died under this one: not acknowledged
                }

                acknowledged.Add(text);
                killing ??= KillAfterAsync(cluster.NodeA, TimeSpan.FromMilliseconds(Random.Shared.Next(500, 3_000)));
            }

            Assert.NotNull(killing);
            await killing;
            output.WriteLine($"{acknowledged.Count} comments acknowledged before node A was killed");
            await writerBrowser.CloseAsync();

            // Every acknowledged comment was committed, once, and reached the viewer on the other node.
            stored = await ClusterFixture.CommentsStartingWithAsync(cluster.Database, prefix);
            Assert.All(acknowledged, text => Assert.Equal(1, stored.GetValueOrDefault(text)));
            Assert.All(stored, row => Assert.Equal(1, row.Value));
            foreach (var text in acknowledged)
            {
                await Assertions.Expect(Comment(viewer, text)).ToHaveCountAsync(1, new() { Timeout = 5_000 });
            }
        }
        finally
        {
            if (!cluster.NodeA.IsRunning)
            {
                await cluster.NodeA.StartAsync();
            }
        }

        var again = await OpenAsync(await NewContextAsync(cluster.NodeA.Address), path);
        await Assertions.Expect(Comment(again, prefix)).ToHaveCountAsync(stored.Count);
        await CheckAsync(again, "node-a-after-restart");
    }

    [Fact]
    public async Task A_node_reconnects_to_PostgreSQL_by_itself_after_the_database_was_away()
    {
        var postgres = await PostgresServer.StartPrivateAsync();
        try
        {
            await using var node = await AppNode.StartAsync("node-pg", ClusterFixture.NodeSettings(postgres.ConnectionString("climate"), redis: null));
            var browserContext = await NewContextAsync(node.Address);
            await SignedInPageAsync(browserContext, "/proposals/1");

            await postgres.StopAsync();
            await ClusterFixture.WaitForProbeAsync(node, "/healthz/database", "Unhealthy", TimeSpan.FromSeconds(10));
            var (status, report) = await ClusterFixture.ProbeAsync(node, "/healthz");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
            Assert.Equal("Unhealthy", JsonDocument.Parse(report).RootElement.GetProperty("checks").GetProperty("database").GetString());
            await Task.Delay(TimeSpan.FromSeconds(3));
            await postgres.StartAsync();

            await ClusterFixture.WaitForProbeAsync(node, "/healthz/database", "Healthy", TimeSpan.FromSeconds(20));
            var page = await OpenAsync(browserContext, "/proposals/1");
            var text = $"After the database came back {tag}";
            await PostCommentAsync(page, text);
            Assert.Equal(1, await ClusterFixture.CountCommentsAsync(postgres.ConnectionString("climate"), text));
            await CheckAsync(page, "after-database-restart");
        }
        finally
        {
            await postgres.DisposeAsync();
        }
    }

    private static async Task KillAfterAsync(AppNode node, TimeSpan delay)
    {
        await Task.Delay(delay);
        await node.KillAsync();
    }

    private static async Task UntilAsync(Stopwatch clock, TimeSpan at)
    {
        if (clock.Elapsed < at)
        {
            await Task.Delay(at - clock.Elapsed);
        }
    }

    private static ILocator Comment(IPage page, string text) => page.GetByTestId("comment-body").Filter(new() { HasText = text });

    private static async Task PostCommentAsync(IPage page, string text, float timeoutMs = 10_000)
    {
        await page.GetByTestId("comment-input").FillAsync(text, new() { Timeout = timeoutMs });
        await page.GetByTestId("comment-submit").ClickAsync(new() { Timeout = timeoutMs });
        // Acknowledged: the composer's call returned success (it empties the input only then) and the comment is on the
        // member's screen. The comment alone is not enough: its live event can arrive before the call returns.
        await Assertions.Expect(page.GetByTestId("comment-input")).ToHaveValueAsync("", new() { Timeout = timeoutMs });
        await Assertions.Expect(Comment(page, text)).ToBeVisibleAsync(new() { Timeout = timeoutMs });
    }

    private static Task WaitForCircuitAsync(IPage page) => page.Locator("[data-testid=app][data-interactive=true]").WaitForAsync();

    private async Task<IBrowserContext> NewContextAsync(Uri address, string? affinity = null)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = address.ToString(), ViewportSize = new() { Width = 1280, Height = 900 } });
        contexts.Add(context);
        context.SetDefaultTimeout(10_000);
        context.SetDefaultNavigationTimeout(30_000);
        if (affinity is not null)
        {
            await context.AddCookiesAsync([new Microsoft.Playwright.Cookie { Name = "climate_affinity", Value = affinity, Url = address.ToString() }]);
        }

        return context;
    }

    private static async Task<IPage> OpenAsync(IBrowserContext context, string path)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        await WaitForCircuitAsync(page);
        return page;
    }

    private static async Task<IPage> SignedInPageAsync(IBrowserContext context, string path)
    {
        var page = await context.NewPageAsync();
        await SignIn.AsDemoMemberAsync(page, Member, path);
        return page;
    }

    // The node this browser's requests reach, with its cookies (the affinity cookie among them).
    private static async Task<string?> NodeServingAsync(IBrowserContext context)
    {
        var response = await context.APIRequest.GetAsync("/healthz");
        return JsonDocument.Parse(await response.TextAsync()).RootElement.GetProperty("node").GetString();
    }

    private Task CheckAsync(IPage page, string name, [CallerMemberName] string test = "") =>
        PageChecks.CheckAsync(page, $"{nameof(ClusterTests)}-{test}-{name}");
}
