using System.Net;
using BeneluxClimate.Domain.Members;
using BeneluxClimate.Domain.Partnerships;
using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Tests.Builders;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BeneluxClimate.Tests.Integration;

/// <summary>Signed-out visitors of a proposal page share one prerendered copy; members and odd addresses never do.</summary>
public sealed class VisitorPageCacheTests : IAsyncLifetime
{
    private readonly ClimateAppFactory app = new();
    private int proposalId;

    public async Task InitializeAsync()
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ClimateDbContext>>().CreateDbContextAsync();
        proposalId = await db.Proposals.Where(p => !p.IsHidden).Select(p => p.Id).FirstAsync();
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    private HttpClient Client() => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static bool FromCache(HttpResponseMessage response) => response.Headers.Age is not null;

    [Fact]
    public async Task Two_visitors_get_one_copy_that_sets_no_cookie_and_a_new_comment_replaces_it()
    {
        var first = await Client().GetAsync($"/proposals/{proposalId}");
        var second = await Client().GetAsync($"/proposals/{proposalId}");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.False(FromCache(first));
        Assert.True(FromCache(second));
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.False(first.Headers.Contains("Set-Cookie"), "a shared copy carries no visitor's antiforgery cookie");

        var text = $"Cached copies drop this {Guid.NewGuid():N}";
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<ClimateDbContext>>().CreateDbContextAsync())
        {
            var joost = await db.Users.Where(u => u.Email == "joost@demo.test").Select(u => u.Id).SingleAsync();
            var posted = await app.Services.GetRequiredService<DiscussionService>()
                .PostAsync(Actor.Member(joost, Roles.Member), proposalId, new CommentInput(Guid.NewGuid(), text));
            Assert.True(posted.Result.Succeeded);
        }

        // The bus delivers the change a moment after the write; the copy goes then.
        var deadline = DateTime.UtcNow.AddSeconds(5);
        string page;
        do
        {
            page = await Client().GetStringAsync($"/proposals/{proposalId}");
        }
        while (!page.Contains(text, StringComparison.Ordinal) && DateTime.UtcNow < deadline);

        Assert.Contains(text, page);
    }

    [Fact]
    public async Task Members_and_addresses_with_a_query_string_get_their_own_render()
    {
        var member = Client();
        var signIn = await member.PostFormAsync("/Account/Login", "login", new() { ["Input.Email"] = "anna@demo.test", ["Input.Password"] = DemoSeeder.Password });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        await Client().GetAsync($"/proposals/{proposalId}"); // a visitor's copy exists

        var asMember = await member.GetAsync($"/proposals/{proposalId}");
        var withQuery = await Client().GetAsync($"/proposals/{proposalId}?utm_source=mail");
        var withQueryAgain = await Client().GetAsync($"/proposals/{proposalId}?utm_source=mail");

        Assert.False(FromCache(asMember));
        Assert.DoesNotContain("data-testid=\"discussion-sign-in\"", await asMember.Content.ReadAsStringAsync());
        Assert.False(FromCache(withQuery));
        Assert.False(FromCache(withQueryAgain));
    }

    [Fact]
    public async Task Each_language_has_its_own_copy()
    {
        var english = await Client().GetStringAsync($"/proposals/{proposalId}");
        var dutchClient = Client();
        dutchClient.DefaultRequestHeaders.AcceptLanguage.ParseAdd("nl");

        var dutch = await dutchClient.GetStringAsync($"/proposals/{proposalId}");

        Assert.Contains("<html lang=\"en\"", english);
        Assert.Contains("<html lang=\"nl\"", dutch);
    }
}
