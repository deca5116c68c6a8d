using BeneluxClimate.App.Live;
using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Partnerships;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Tests.Builders;

namespace BeneluxClimate.Tests.Components.Proposals.Page;

public sealed class PresenceTrackerTests
{
    private const string Topic = "proposal:1";
    private readonly FakeLiveBus bus = new();
    private readonly List<int> published = [];

    public PresenceTrackerTests() => bus.Subscribe(Topic, e =>
    {
        Assert.Equal(ProposalEvents.Presence, e.Kind);
        Assert.Null(e.Sequence);
        lock (published)
        {
            published.Add(((PresenceCount)e.Payload).People);
        }

        return Task.CompletedTask;
    }, () => Task.CompletedTask);

    private int LastPublished
    {
        get
        {
            lock (published)
            {
                return published.Count == 0 ? -1 : published[^1];
            }
        }
    }

    [Fact]
    public async Task A_member_with_two_tabs_counts_once_and_each_visitor_counts_on_their_own()
    {
        var tracker = new PresenceTracker(bus, TimeProvider.System);
        var anna = Actor.Member("anna-id", Roles.Member);

        var firstTab = tracker.Join(Topic, PresenceTracker.ViewerKey(anna));
        var secondTab = tracker.Join(Topic, PresenceTracker.ViewerKey(anna));
        Assert.Equal(1, tracker.People(Topic));

        var visitor = tracker.Join(Topic, PresenceTracker.ViewerKey(Actor.Anonymous));
        tracker.Join(Topic, PresenceTracker.ViewerKey(Actor.Anonymous));
        Assert.Equal(3, tracker.People(Topic));

        firstTab.Dispose();
        firstTab.Dispose(); // leaving twice leaves once
        Assert.Equal(3, tracker.People(Topic));
        secondTab.Dispose();
        visitor.Dispose();
        Assert.Equal(1, tracker.People(Topic));

        await WaitUntilAsync(() => LastPublished == 1);
    }

    [Theory]
    [InlineData(1, 500)]
    [InlineData(250, 500)]
    [InlineData(251, 1_000)]
    [InlineData(1_000, 2_000)]
    [InlineData(5_000, 5_000)]
    [InlineData(1_000_000, 5_000)]
    public void A_larger_audience_gets_its_count_less_often_up_to_five_seconds(int people, int milliseconds) =>
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), PresenceTracker.IntervalFor(people));

    [Fact]
    public async Task A_burst_of_a_thousand_joins_is_published_as_a_few_counts_ending_with_the_total()
    {
        var tracker = new PresenceTracker(bus, TimeProvider.System);

        var joined = Enumerable.Range(0, 1_000).Select(_ => tracker.Join(Topic, PresenceTracker.ViewerKey(Actor.Anonymous))).ToList();

        await WaitUntilAsync(() => LastPublished == 1_000);
        await Task.Delay(PresenceTracker.PublishInterval * 2);
        lock (published)
        {
            Assert.InRange(published.Count, 1, 3);
        }

        joined.ForEach(j => j.Dispose());
        await WaitUntilAsync(() => LastPublished == 0);
        Assert.Equal(0, tracker.People(Topic));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The expected count was not published in time.");
            await Task.Delay(20);
        }
    }
}
