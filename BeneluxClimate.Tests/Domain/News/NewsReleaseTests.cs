using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.News;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Tests.Builders;

namespace BeneluxClimate.Tests.Domain.News;

/// <summary>A post scheduled for later reaches open lists when its time comes, once.</summary>
public sealed class NewsReleaseTests : IAsyncLifetime
{
    private sealed class ManualClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private TestDatabase database = null!;
    private Actor host = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        host = Actor.Member(await database.AddMemberAsync("Hanna Host", "host@example.test", Roles.EventHost), Roles.Member, Roles.EventHost);
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task A_scheduled_post_is_announced_to_open_lists_when_its_time_comes_and_only_then()
    {
        var at = DateTimeOffset.UtcNow.AddHours(2);
        var created = await database.Get<NewsService>().PublishAsync(host,
            new NewsInput(Guid.NewGuid(), "Call for cross-border pilots", "Applications open at noon.", "Details follow.", "en", at));
        Assert.True(created.Succeeded);
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        var bus = new FakeLiveBus();
        var announced = new List<LiveEvent>();
        using var list = bus.Subscribe(LiveTopics.News, e =>
        {
            announced.Add(e);
            return Task.CompletedTask;
        }, () => Task.CompletedTask);
        var releases = new NewsReleases(database.Contexts, bus, clock);

        Assert.Equal(0, await releases.ReleaseDueAsync());
        clock.Now = at.AddSeconds(1);
        Assert.Equal(1, await releases.ReleaseDueAsync());
        Assert.Equal(0, await releases.ReleaseDueAsync());

        var published = Assert.Single(announced);
        Assert.Equal(NewsEvents.Published, published.Kind);
        Assert.Equal(created.PostId, Assert.IsType<NewsCard>(published.Payload).Id);
    }
}
