using System.Globalization;
using System.Net;
using System.Xml;
using System.Xml.Linq;
using BeneluxClimate.Domain.News;
using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Tests.Builders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BeneluxClimate.Tests.Integration;

public sealed class NewsEndpointTests
{
    private static async Task<T> QueryAsync<T>(ClimateAppFactory app, Func<ClimateDbContext, Task<T>> query)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ClimateDbContext>>().CreateDbContextAsync();
        return await query(db);
    }

    [Fact]
    public async Task The_feed_is_valid_rss_with_absolute_links_and_dates_newest_first_and_without_scheduled_posts()
    {
        await using var app = new ClimateAppFactory();
        var client = app.CreateClient();
        var hostId = await QueryAsync(app, db => db.Users.Where(u => u.NormalizedEmail == "HOST@DEMO.TEST").Select(u => u.Id).SingleAsync());
        var scheduled = await app.Services.GetRequiredService<NewsService>().PublishAsync(Actor.Member(hostId, Roles.Member, Roles.EventHost),
            new NewsInput(Guid.NewGuid(), "Not yet: the Benelux climate day programme", "Appears next week.", "Soon.", "en", DateTimeOffset.UtcNow.AddDays(7)));
        Assert.True(scheduled.Succeeded);

        var response = await client.GetAsync("/news/rss.xml");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/rss+xml", response.Content.Headers.ContentType!.MediaType);
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync(), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        var feed = XDocument.Load(reader);
        Assert.Equal("rss", feed.Root!.Name.LocalName);
        Assert.Equal("2.0", feed.Root.Attribute("version")!.Value);
        var channel = feed.Root.Element("channel")!;
        Assert.False(string.IsNullOrWhiteSpace(channel.Element("title")!.Value));
        Assert.True(Uri.IsWellFormedUriString(channel.Element("link")!.Value, UriKind.Absolute));
        var items = channel.Elements("item").ToList();
        Assert.Equal(DemoPostCount, items.Count);
        var dates = items.Select(i => DateTimeOffset.ParseExact(i.Element("pubDate")!.Value, "ddd, dd MMM yyyy HH:mm:ss 'GMT'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)).ToList();
        Assert.Equal(dates.OrderByDescending(d => d), dates);
        Assert.All(items, i =>
        {
            var link = new Uri(i.Element("link")!.Value, UriKind.Absolute);
            Assert.Matches(@"^/news/\d+$", link.AbsolutePath);
            Assert.Equal(i.Element("link")!.Value, i.Element("guid")!.Value);
            Assert.False(string.IsNullOrWhiteSpace(i.Element("title")!.Value));
        });
        Assert.DoesNotContain(items, i => i.Element("title")!.Value.StartsWith("Not yet", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_news_page_points_to_the_feed_and_an_unknown_post_is_not_found()
    {
        await using var app = new ClimateAppFactory();
        var client = app.CreateClient();

        var list = await client.GetStringAsync("/news");
        var unknown = await client.GetAsync("/news/999999");

        var head = list[..list.IndexOf("</head>", StringComparison.Ordinal)];
        Assert.Matches("<link rel=\"alternate\" type=\"application/rss(\\+|&#x2B;)xml\"[^>]*href=\"http://localhost/news/rss.xml\"", head);
        Assert.Equal(DemoPostCount, list.Split("data-testid=\"news-item\"").Length - 1);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task An_anonymous_visitor_counts_once_a_day_by_a_hashed_cookie()
    {
        await using var app = new ClimateAppFactory();
        var id = await QueryAsync(app, db => db.NewsPosts.OrderByDescending(p => p.Id).Select(p => p.Id).FirstAsync());
        int Views() => QueryAsync(app, db => db.NewsPosts.Where(p => p.Id == id).Select(p => p.ViewCount).SingleAsync()).GetAwaiter().GetResult();
        var before = Views();
        var visitor = app.CreateClient(); // keeps cookies
        var other = app.CreateClient();

        var first = await visitor.GetAsync($"/news/{id}");
        await visitor.GetAsync($"/news/{id}");
        await other.GetAsync($"/news/{id}");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var cookie = first.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("climate-visitor=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before + 2, Views());
        var keys = await QueryAsync(app, db => db.NewsViews.Where(v => v.PostId == id).Select(v => v.VisitorKey).ToListAsync());
        var cookieValue = cookie.Split(';')[0]["climate-visitor=".Length..];
        Assert.Equal(2, keys.Count);
        Assert.DoesNotContain(keys, k => k.Contains(cookieValue, StringComparison.Ordinal));
    }

    private const int DemoPostCount = 6;
}
