using System.Diagnostics;
using System.Net.Http.Json;
using BeneluxClimate.Tests.Browser;
using BeneluxClimate.Tests.Scaleout.Cluster;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace BeneluxClimate.Tests.Reliability;

/// <summary>
/// A member reads a proposal in Chromium through a TCP relay the test controls, with an unsent draft in the composer.
/// The connection is cut while 50 comments are posted: for 10 seconds, past the circuit retention, or across a server
/// restart. Afterwards the page shows all 50, once and in order, soon after it is back, and the draft is still there.
/// </summary>
[Trait("Category", "Long")]
[Collection(BrowserCollection.Name)]
public sealed class ReconnectTests(BrowserFixture browser, ITestOutputHelper output) : IAsyncLifetime
{
    private const string Draft = "Draft: we could host the first workshop in Maastricht";
    private readonly string directory = Directory.CreateTempSubdirectory("climate-reconnect-").FullName;
    private readonly HttpClient http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private AppNode node = null!;
    private TcpRelay relay = null!;
    private IBrowserContext context = null!;

    private string DatabaseFile => Path.Combine(directory, "climate.db");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (context is not null)
        {
            await context.DisposeAsync();
        }

        if (relay is not null)
        {
            await relay.DisposeAsync();
        }

        if (node is not null)
        {
            await node.DisposeAsync();
        }

        http.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task Cut_off_for_ten_seconds_the_page_shows_the_fifty_comments_posted_meanwhile_and_keeps_the_draft()
    {
        var page = await ReaderWithDraftAsync(retentionSeconds: 180);

        await CutWhilePostingAsync(page, TimeSpan.FromSeconds(10));

        await ExpectAllFiftyAsync(page, "ten-seconds");
    }

    [Fact]
    public async Task Cut_off_past_the_circuit_retention_the_page_starts_afresh_with_the_fifty_comments_and_the_draft()
    {
        var page = await ReaderWithDraftAsync(retentionSeconds: 3);

        await CutWhilePostingAsync(page, TimeSpan.FromSeconds(10));

        await ExpectAllFiftyAsync(page, "past-retention");
    }

    [Fact]
    public async Task Across_a_server_restart_the_page_comes_back_with_the_fifty_comments_and_the_draft()
    {
        var page = await ReaderWithDraftAsync(retentionSeconds: 180);

        await CutWhilePostingAsync(page, TimeSpan.FromSeconds(10), restart: true);

        await ExpectAllFiftyAsync(page, "after-restart");
    }

    private int proposalId;
    private string poster = "";

    private async Task<IPage> ReaderWithDraftAsync(int retentionSeconds)
    {
        node = await AppNode.StartAsync("reconnect", new Dictionary<string, string>
        {
            ["ConnectionStrings:Climate"] = $"Data Source={DatabaseFile}",
            ["Seed:DemoData"] = "true",
            ["Bench:Enabled"] = "true", // the load client's comment endpoint, through the real service
            ["Discussion:CommentIntervalSeconds"] = "0",
            ["RateLimits:WritesPerMemberPerMinute"] = "1000",
            ["Circuits:DisconnectedRetentionSeconds"] = retentionSeconds.ToString(),
        });
        relay = new TcpRelay(node.Port);
        (proposalId, poster) = await ArrangeAsync();
        context = await browser.Browser.NewContextAsync(new() { BaseURL = relay.Address.ToString(), ViewportSize = new() { Width = 1280, Height = 900 } });
        context.SetDefaultTimeout(10_000);
        context.SetDefaultNavigationTimeout(30_000);
        var page = await context.NewPageAsync();
        await SignIn.AsDemoMemberAsync(page, "joost@demo.test", $"/proposals/{proposalId}");
        await page.GetByTestId("comment-input").FillAsync(Draft);
        // The draft is kept in the browser as it is typed; the cut comes once it is there, however busy the machine.
        await page.WaitForFunctionAsync(
            "text => Object.keys(localStorage).some(k => k.startsWith('climate-draft:') && localStorage.getItem(k).includes(text))",
            Draft, new() { Timeout = 10_000 });
        return page;
    }

    private async Task CutWhilePostingAsync(IPage page, TimeSpan cutFor, bool restart = false)
    {
        var clock = Stopwatch.StartNew();
        relay.Cut();
        // The page notices: Blazor's reconnect dialog opens.
        await Assertions.Expect(page.Locator("#components-reconnect-modal[open]")).ToHaveCountAsync(1, new() { Timeout = 5_000 });
        for (var n = 1; n <= 50; n++)
        {
            using var response = await http.PostAsJsonAsync(new Uri(node.Address, "bench/comment"),
                new { proposalId, userId = poster, body = $"While away, comment {n:00}" });
            response.EnsureSuccessStatusCode();
            if (restart && n == 25)
            {
                await node.KillAsync();
                await node.StartAsync();
            }
        }

        var left = cutFor - clock.Elapsed;
        if (left > TimeSpan.Zero)
        {
            await Task.Delay(left);
        }

        relay.Restore();
    }

    private async Task ExpectAllFiftyAsync(IPage page, string name)
    {
        var restored = Stopwatch.StartNew();
        var newComments = page.Locator("[data-testid=comment]").Filter(new() { HasText = "While away, comment" });
        // The browser's next reconnect attempt comes within 5 s of the network's return (Blazor's retry schedule).
        await Assertions.Expect(page.Locator("[data-testid=app][data-interactive=true]")).ToBeVisibleAsync(new() { Timeout = 40_000 });
        await Assertions.Expect(page.Locator("#components-reconnect-modal[open]")).ToHaveCountAsync(0, new() { Timeout = 40_000 });
        var reconnected = restored.Elapsed;
        await Assertions.Expect(newComments).ToHaveCountAsync(50, new() { Timeout = 2_000 });
        var complete = restored.Elapsed;
        var texts = await newComments.Locator("[data-testid=comment-body]").AllInnerTextsAsync();
        Assert.Equal(Enumerable.Range(1, 50).Select(n => $"While away, comment {n:00}"), texts.Select(t => t.Trim()));
        await Assertions.Expect(page.GetByTestId("comment-input")).ToHaveValueAsync(Draft);
        output.WriteLine($"{{\"scenario\":\"reconnect-{name}\",\"reconnected_s\":{reconnected.TotalSeconds:F1},\"all_fifty_after_reconnect_ms\":{(complete - reconnected).TotalMilliseconds:F0}}}");
        await PageChecks.CheckAsync(page, $"{nameof(ReconnectTests)}-{name}");
    }

    private async Task<(int ProposalId, string Poster)> ArrangeAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={DatabaseFile}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Id FROM Proposals WHERE IsHidden = 0 ORDER BY Id LIMIT 1";
        var id = Convert.ToInt32(await command.ExecuteScalarAsync());
        command.CommandText = "SELECT Id FROM AspNetUsers WHERE Email = 'anna@demo.test'";
        return (id, (string)(await command.ExecuteScalarAsync())!);
    }
}
