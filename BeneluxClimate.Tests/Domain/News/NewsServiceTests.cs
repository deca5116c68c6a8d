using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.News;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Tests.Builders;
using Microsoft.EntityFrameworkCore;

namespace BeneluxClimate.Tests.Domain.News;

public sealed class NewsServiceTests : IAsyncLifetime
{
    private TestDatabase database = null!;
    private Actor host = null!;
    private Actor otherHost = null!;
    private Actor admin = null!;
    private Actor member = null!;
    private Actor moderator = null!;

    private NewsService News => database.Get<NewsService>();

    private NewsDirectory Directory => database.Get<NewsDirectory>();

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        host = Actor.Member(await database.AddMemberAsync("Hanna Host", "host@example.test", Roles.EventHost), Roles.Member, Roles.EventHost);
        otherHost = Actor.Member(await database.AddMemberAsync("Otto Host", "otto@example.test", Roles.EventHost), Roles.Member, Roles.EventHost);
        admin = Actor.Member(await database.AddMemberAsync("Ada Admin", "admin@example.test", Roles.Admin), Roles.Member, Roles.Admin);
        member = Actor.Member(await database.AddMemberAsync("Mia Member", "mia@example.test"), Roles.Member);
        moderator = Actor.Member(await database.AddMemberAsync("Mo Moderator", "mo@example.test", Roles.Moderator), Roles.Member, Roles.Moderator);
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    private static NewsInput Valid(string title = "Benelux climate platform opens its doors", DateTimeOffset? at = null) =>
        new(Guid.NewGuid(), title, "The network's new meeting place for cross-border climate work.", "We **launch** today.", "en", at);

    private async Task<int> PublishAsync(Actor author, NewsInput? input = null)
    {
        var created = await News.PublishAsync(author, input ?? Valid());
        Assert.True(created.Succeeded, string.Join(", ", created.Result.Problems?.Select(p => $"{p.Field}:{p.Code}") ?? [created.Result.Refusal.ToString()!]));
        return created.PostId!.Value;
    }

    [Fact]
    public async Task Only_hosts_and_admins_publish_and_the_same_command_twice_creates_one_post()
    {
        Assert.Equal(Refusal.NotSignedIn, (await News.PublishAsync(Actor.Anonymous, Valid())).Result.Refusal);
        Assert.Equal(Refusal.Forbidden, (await News.PublishAsync(member, Valid())).Result.Refusal);
        Assert.Equal(Refusal.Forbidden, (await News.PublishAsync(moderator, Valid())).Result.Refusal);
        var input = Valid();
        var first = await News.PublishAsync(host, input);
        var again = await News.PublishAsync(host, input);
        var byAdmin = await News.PublishAsync(admin, Valid("Admin news"));

        Assert.True(first.Succeeded && again.Succeeded && byAdmin.Succeeded);
        Assert.Equal(first.PostId, again.PostId);
        Assert.Equal(Refusal.Conflict, (await News.PublishAsync(otherHost, input)).Result.Refusal); // someone else's command id
        Assert.Equal(2, await database.QueryAsync(db => db.NewsPosts.CountAsync()));
        var details = (await Directory.GetAsync(Actor.Anonymous, first.PostId!.Value)).Value!;
        Assert.Contains("<strong>launch</strong>", details.BodyHtml);
        Assert.Equal("Hanna Host", details.Author.DisplayName);
    }

    [Fact]
    public async Task Bad_input_is_refused_field_by_field_and_nothing_is_written()
    {
        var result = await News.PublishAsync(host, new NewsInput(
            Guid.NewGuid(), new string('t', 141), new string('s', 401), new string('b', 20_001), "xx", DateTimeOffset.UtcNow.AddYears(3)));
        var empty = await News.PublishAsync(host, new NewsInput(Guid.NewGuid(), " ", "", "  ", "nl"));

        Assert.Equal(Refusal.InvalidInput, result.Result.Refusal);
        Assert.Contains(result.Result.Problems!, p => p is { Field: "Title", Code: "TooLong", Limit: 140 });
        Assert.Contains(result.Result.Problems!, p => p is { Field: "Summary", Code: "TooLong", Limit: 400 });
        Assert.Contains(result.Result.Problems!, p => p is { Field: "Body", Code: "TooLong", Limit: 20_000 });
        Assert.Contains(result.Result.Problems!, p => p is { Field: "Language", Code: "Invalid" });
        Assert.Contains(result.Result.Problems!, p => p is { Field: "PublishAtUtc", Code: "OutOfRange" });
        Assert.Equal(["Title", "Summary", "Body"], empty.Result.Problems!.Select(p => p.Field));
        Assert.All(empty.Result.Problems!, p => Assert.Equal("Required", p.Code));
        Assert.Equal(0, await database.QueryAsync(db => db.NewsPosts.CountAsync()));
    }

    [Fact]
    public async Task A_post_dated_in_the_future_is_seen_only_by_hosts_and_admins_until_then()
    {
        var future = await PublishAsync(host, Valid("Save the date: Benelux climate day", DateTimeOffset.UtcNow.AddDays(3)));
        var published = await PublishAsync(host, Valid("Out now"));

        Assert.Equal(Refusal.NotFound, (await Directory.GetAsync(Actor.Anonymous, future)).Refusal);
        Assert.Equal(Refusal.NotFound, (await Directory.GetAsync(member, future)).Refusal);
        Assert.True((await Directory.GetAsync(otherHost, future)).Value!.IsScheduled);
        Assert.True((await Directory.GetAsync(admin, future)).Succeeded);
        Assert.Equal([published], (await Directory.ListAsync(member, new NewsQuery())).Value!.Items.Items.Select(c => c.Id));
        Assert.Equal([published], (await Directory.LatestAsync(3)).Select(c => c.Id));
        Assert.Equal([future, published], (await Directory.ListAsync(host, new NewsQuery())).Value!.Items.Items.Select(c => c.Id));
        Assert.False(await Directory.RecordViewAsync(future, VisitorKeys.Member(member.UserId!)));
    }

    [Fact]
    public async Task The_list_is_newest_first_bounded_and_filtered_by_language()
    {
        for (var i = 0; i < NewsQuery.PageSize + 2; i++)
        {
            await PublishAsync(host, Valid($"Post {i}", DateTimeOffset.UtcNow.AddDays(-i - 1)) with { Language = i % 2 == 0 ? "nl" : "fr" });
        }

        var first = (await Directory.ListAsync(Actor.Anonymous, new NewsQuery())).Value!.Items;
        var second = (await Directory.ListAsync(Actor.Anonymous, new NewsQuery(PageIndex: 1))).Value!.Items;
        var dutch = (await Directory.ListAsync(Actor.Anonymous, new NewsQuery("nl"))).Value!.Items;

        Assert.Equal(NewsQuery.PageSize, first.Items.Count);
        Assert.Equal("Post 0", first.Items[0].Title);
        Assert.Equal(2, second.Items.Count);
        Assert.Equal(NewsQuery.PageSize + 2, first.Total);
        Assert.All(dutch.Items, c => Assert.Equal("nl", c.Language));
        Assert.Equal(7, dutch.Total);
        Assert.Equal(Refusal.InvalidInput, (await Directory.ListAsync(Actor.Anonymous, new NewsQuery("xx"))).Refusal);
    }

    [Fact]
    public async Task The_author_or_an_admin_edits_and_a_stale_version_is_a_conflict()
    {
        var id = await PublishAsync(host);
        var input = (await Directory.InputForEditAsync(host, id)).Value!;

        Assert.Equal(Refusal.Forbidden, (await News.UpdateAsync(otherHost, id, input with { Title = "Taken over" })).Refusal);
        Assert.Equal(Refusal.Forbidden, (await News.UpdateAsync(member, id, input with { Title = "Taken over" })).Refusal);
        Assert.Equal(Refusal.Forbidden, (await Directory.InputForEditAsync(otherHost, id)).Refusal);
        Assert.True((await News.UpdateAsync(host, id, input with { Title = "Corrected title" })).Succeeded);
        Assert.Equal(Refusal.Conflict, (await News.UpdateAsync(admin, id, input with { Title = "Based on the old version" })).Refusal);
        var fresh = (await Directory.InputForEditAsync(admin, id)).Value!;
        Assert.True((await News.UpdateAsync(admin, id, fresh with { Summary = "Admin's summary" })).Succeeded);
        Assert.Equal("Corrected title", (await Directory.GetAsync(Actor.Anonymous, id)).Value!.Title);
        Assert.Equal(input.PublishAtUtc, fresh.PublishAtUtc);
    }

    [Fact]
    public async Task A_withdrawn_post_leaves_the_list_and_public_view()
    {
        var id = await PublishAsync(host);

        Assert.Equal(Refusal.Forbidden, (await News.WithdrawAsync(member, id)).Refusal);
        Assert.True((await News.WithdrawAsync(host, id)).Succeeded);
        Assert.True((await News.WithdrawAsync(host, id)).Succeeded);

        Assert.Equal(Refusal.NotFound, (await Directory.GetAsync(Actor.Anonymous, id)).Refusal);
        Assert.True((await Directory.GetAsync(moderator, id)).Value!.IsHidden);
        Assert.Empty((await Directory.ListAsync(host, new NewsQuery())).Value!.Items.Items);
    }

    [Fact]
    public async Task A_visitor_counts_once_a_day_even_when_the_same_view_arrives_many_times_at_once()
    {
        var id = await PublishAsync(host);
        var anonymous = VisitorKeys.Anonymous("cookie-value-1", "salt");

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => Directory.RecordViewAsync(id, anonymous))));
        var memberFirst = await Directory.RecordViewAsync(id, VisitorKeys.Member(member.UserId!));
        var memberAgain = await Directory.RecordViewAsync(id, VisitorKeys.Member(member.UserId!));

        Assert.Single(results, counted => counted);
        Assert.True(memberFirst);
        Assert.False(memberAgain);
        Assert.Equal(2, (await Directory.GetAsync(Actor.Anonymous, id)).Value!.ViewCount);
        Assert.Equal(2, await database.QueryAsync(db => db.NewsViews.CountAsync(v => v.PostId == id)));
        Assert.DoesNotContain("cookie-value-1", anonymous);
        Assert.NotEqual(anonymous, VisitorKeys.Anonymous("cookie-value-1", "another salt"));
        Assert.False(await Directory.RecordViewAsync(id + 100, anonymous));
    }

    [Fact]
    public async Task The_rate_limit_applies_per_member()
    {
        await using var limited = await TestDatabase.CreateAsync(new() { ["RateLimits:WritesPerMemberPerMinute"] = "1" });
        var hostId = await limited.AddMemberAsync("Hanna Host", "host@example.test", Roles.EventHost);
        var limitedHost = Actor.Member(hostId, Roles.Member, Roles.EventHost);
        var news = limited.Get<NewsService>();

        Assert.True((await news.PublishAsync(limitedHost, Valid())).Succeeded);
        Assert.Equal(Refusal.RateLimited, (await news.PublishAsync(limitedHost, Valid("Second"))).Result.Refusal);
    }
}
