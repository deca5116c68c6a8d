using System.Net;
using System.Text.Json;
using BeneluxClimate.Domain.Partnerships;
using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Tests.Builders;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BeneluxClimate.Tests.Integration;

/// <summary>
/// An integration signs in through the login form and follows a proposal through the live hub. The app runs with the
/// benchmarks' endpoints on (<c>Bench:Enabled</c>), which must add endpoints and change nothing else.
/// </summary>
public sealed class LiveHubTests : IAsyncLifetime
{
    private readonly ClimateAppFactory app = new(overrides: new()
    {
        ["RateLimits:AccountPostsPerIpPerMinute"] = "1000",
        ["Security:RequireTwoFactorForStaff"] = "false",
        ["Bench:Enabled"] = "true",
    });

    private Uri baseAddress = null!;

    public Task InitializeAsync()
    {
        baseAddress = app.StartKestrel();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task A_signed_in_client_receives_a_comment_posted_on_a_proposal_it_subscribed_to()
    {
        var anna = await ActorAsync("anna@demo.test");
        var joost = await ActorAsync("joost@demo.test");
        var proposalId = await CreateProposalAsync(anna);
        await using var hub = await ConnectAsync(await SignInAsync("joost@demo.test"));
        var received = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        hub.On<JsonElement>("event", e =>
        {
            if (e.GetProperty("kind").GetString() == ProposalEvents.CommentPosted)
            {
                received.TrySetResult(e);
            }
        });

        await hub.InvokeAsync("SubscribeProposal", proposalId);
        var posted = await App<DiscussionService>().PostAsync(joost, proposalId, new CommentInput(Guid.NewGuid(), "Count us in for the Zeeland side."));

        var e = await received.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal($"proposal:{proposalId}", e.GetProperty("topic").GetString());
        Assert.True(e.GetProperty("sequence").GetInt64() > 0);
        var payload = e.GetProperty("payload");
        Assert.Equal(posted.Comment!.Id, payload.GetProperty("id").GetInt64());
        Assert.Equal("Joost Bakker", payload.GetProperty("author").GetProperty("displayName").GetString());
        Assert.Contains("Zeeland", payload.GetProperty("bodyHtml").GetString());
    }

    [Fact]
    public async Task A_member_receives_their_own_notifications_and_no_one_elses()
    {
        var anna = await ActorAsync("anna@demo.test");
        var joost = await ActorAsync("joost@demo.test");
        var proposalId = await CreateProposalAsync(anna);
        await using var annaHub = await ConnectAsync(await SignInAsync("anna@demo.test"));
        await using var claireHub = await ConnectAsync(await SignInAsync("claire@demo.test"));
        var annaGot = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        var claireGot = 0;
        annaHub.On<JsonElement>("event", e => annaGot.TrySetResult(e));
        claireHub.On<JsonElement>("event", _ => Interlocked.Increment(ref claireGot));
        await annaHub.InvokeAsync("SubscribeNotifications");
        await claireHub.InvokeAsync("SubscribeNotifications");

        await App<DiscussionService>().PostAsync(joost, proposalId, new CommentInput(Guid.NewGuid(), "We have a site in Vlissingen."));

        var e = await annaGot.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal("NotificationAdded", e.GetProperty("kind").GetString());
        Assert.Equal("commentOnMyProposal", e.GetProperty("payload").GetProperty("kind").GetString());
        Assert.Equal(proposalId, e.GetProperty("payload").GetProperty("proposalId").GetInt32());
        Assert.Equal(0, claireGot);
    }

    [Fact]
    public async Task An_anonymous_connection_is_refused()
    {
        await using var hub = Build(new CookieContainer());

        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => hub.StartAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task A_member_may_not_subscribe_to_a_hidden_proposal_but_a_moderator_may()
    {
        var anna = await ActorAsync("anna@demo.test");
        var proposalId = await CreateProposalAsync(anna);
        var moderator = await ActorAsync("moderator@demo.test", Roles.Moderator);
        Assert.True((await App<ProposalService>().SetHiddenAsync(moderator, proposalId, hidden: true)).Succeeded);
        await using var joostHub = await ConnectAsync(await SignInAsync("joost@demo.test"));
        await using var moderatorHub = await ConnectAsync(await SignInAsync("moderator@demo.test"));

        await Assert.ThrowsAsync<HubException>(() => joostHub.InvokeAsync("SubscribeProposal", proposalId));
        await Assert.ThrowsAsync<HubException>(() => joostHub.InvokeAsync("SubscribeProposal", 999_999));
        await moderatorHub.InvokeAsync("SubscribeProposal", proposalId);
    }

    [Fact]
    public async Task The_benchmarks_messagepack_hub_leaves_the_live_hub_on_its_own_protocol()
    {
        var cookies = await SignInAsync("joost@demo.test");
        await using var raw = new HubConnectionBuilder().WithUrl(new Uri(baseAddress, "/bench/raw")).AddMessagePackProtocol().Build();
        await raw.StartAsync();
        Assert.Equal(HubConnectionState.Connected, raw.State);

        await using var live = new HubConnectionBuilder().WithUrl(new Uri(baseAddress, "/hubs/live"), options => options.Cookies = cookies)
            .AddMessagePackProtocol().Build();
        await Assert.ThrowsAnyAsync<Exception>(() => live.StartAsync());
        await using var json = await ConnectAsync(cookies);
        Assert.Equal(HubConnectionState.Connected, json.State);
    }

    private T App<T>()
        where T : notnull => app.Services.GetRequiredService<T>();

    private async Task<Actor> ActorAsync(string email, params string[] roles)
    {
        await using var db = await App<IDbContextFactory<ClimateDbContext>>().CreateDbContextAsync();
        var id = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        return Actor.Member(id, [Roles.Member, .. roles]);
    }

    private async Task<int> CreateProposalAsync(Actor author)
    {
        var created = await App<ProposalService>().CreateAsync(author, ProposalInputs.Valid());
        Assert.True(created.Succeeded, created.Result.Refusal?.ToString());
        return created.ProposalId!.Value;
    }

    private Task<CookieContainer> SignInAsync(string email) => FormSignIn.CookiesAsync(baseAddress, email);

    private async Task<HubConnection> ConnectAsync(CookieContainer cookies)
    {
        var hub = Build(cookies);
        await hub.StartAsync();
        return hub;
    }

    private HubConnection Build(CookieContainer cookies) => new HubConnectionBuilder()
        .WithUrl(new Uri(baseAddress, "/hubs/live"), options => options.Cookies = cookies)
        .Build();
}
