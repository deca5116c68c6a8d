using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Moderation;
using BeneluxClimate.Domain.Partnerships;
using BeneluxClimate.Tests.Domain.Partnerships;

namespace BeneluxClimate.Tests.Domain.Moderation;

/// <summary>The proposal page learns of a lock and of slow mode from its own view, read or pushed.</summary>
public sealed class ProposalViewModerationTests : PartnershipTestBase
{
    private ModerationService Moderation => Database.Get<ModerationService>();

    [Fact]
    public async Task The_view_carries_the_lock_and_slow_mode_both_when_read_and_when_pushed_with_ProposalChanged()
    {
        var proposalId = await ProposeAsLotteAsync();
        var read = (await Directory.GetAsync(Pieter, proposalId)).Value!.View;
        Assert.Equal((false, 0), (read.IsLocked, read.SlowModeSeconds));

        var lockedAndSlow = new TaskCompletionSource<ProposalView>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var _ = Database.Get<ILiveBus>().Subscribe(LiveTopics.Proposal(proposalId), e =>
        {
            if (e is { Kind: ProposalEvents.ProposalChanged, Payload: ProposalView { IsLocked: true, SlowModeSeconds: 120 } view })
            {
                lockedAndSlow.TrySetResult(view);
            }

            return Task.CompletedTask;
        }, () => Task.CompletedTask);

        Assert.True((await Moderation.LockDiscussionAsync(Moderator, proposalId, true, "Heated exchange; cooling off.")).Succeeded);
        Assert.True((await Moderation.SetSlowModeAsync(Moderator, proposalId, 120, "One comment every two minutes.")).Succeeded);

        read = (await Directory.GetAsync(Pieter, proposalId)).Value!.View;
        Assert.Equal((true, 120), (read.IsLocked, read.SlowModeSeconds));
        var pushed = await lockedAndSlow.Task.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(proposalId, pushed.Id);

        Assert.True((await Moderation.LockDiscussionAsync(Moderator, proposalId, false, "Calm again.")).Succeeded);
        Assert.False((await Directory.GetAsync(Pieter, proposalId)).Value!.View.IsLocked);
    }
}
