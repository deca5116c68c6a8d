using BeneluxClimate.App.Live;
using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Partnerships;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Tests.Builders;

namespace BeneluxClimate.Tests.Components.Proposals;

public sealed class DiscussionTypingNotifierTests
{
    private sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Fact]
    public async Task A_member_typing_fast_sends_one_ephemeral_notice_per_two_seconds_per_proposal()
    {
        var bus = new FakeLiveBus();
        var received = new List<LiveEvent>();
        using var subscription = bus.Subscribe(LiveTopics.Proposal(7), e => { received.Add(e); return Task.CompletedTask; }, () => Task.CompletedTask);
        var clock = new ManualClock();
        var notifier = new TypingNotifier(bus, clock);
        var anna = Actor.Member("a1", "Member");
        var joost = Actor.Member("j1", "Member");

        Assert.True(await notifier.Typing(7, anna, "Anna"));
        clock.Now = clock.Now.AddMilliseconds(900);
        Assert.False(await notifier.Typing(7, anna, "Anna"));
        Assert.True(await notifier.Typing(7, joost, "Joost")); // another member is throttled on their own
        Assert.True(await notifier.Typing(8, anna, "Anna")); // and so is another proposal
        clock.Now = clock.Now.AddMilliseconds(1_100);
        Assert.True(await notifier.Typing(7, anna, "Anna"));
        Assert.False(await notifier.Typing(7, Actor.Anonymous, "Visitor"));

        Assert.Equal(3, received.Count);
        Assert.All(received, e => Assert.Null(e.Sequence));
        Assert.All(received, e => Assert.Equal(ProposalEvents.Typing, e.Kind));
        Assert.Equal(new TypingNotice("a1", "Anna"), received[0].Payload);
    }
}
