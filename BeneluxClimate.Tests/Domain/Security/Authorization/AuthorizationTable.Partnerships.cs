using BeneluxClimate.Domain.Partnerships;
using BeneluxClimate.Tests.Builders;
using static BeneluxClimate.Tests.Domain.Security.Authorization.AuthorizationRole;

namespace BeneluxClimate.Tests.Domain.Security.Authorization;

public static partial class AuthorizationTable
{
    private static IEnumerable<AuthorizationRow> Partnerships =>
    [
        .. new AuthorizationRows<ProposalService>()
            .Row(nameof(ProposalService.CreateAsync), async (s, x, a) => (await s.CreateAsync(a, ProposalInputs.Valid("Cross-border bike lanes"))).Result.Refusal, Allow.SignedIn)
            .Row(nameof(ProposalService.UpdateAsync),
                async (s, x, a) => (await s.UpdateAsync(a, x.Ids.Proposal, ProposalInputs.Valid("Shared heat networks, second draft"))).Refusal, Allow.Only(Member))
            .Row(nameof(ProposalService.SetStatusAsync),
                async (s, x, a) => (await s.SetStatusAsync(a, x.Ids.Proposal, ProposalStatus.InDiscussion)).Refusal, [Member, .. Allow.Moderators])
            .Row(nameof(ProposalService.SetHiddenAsync), async (s, x, a) => (await s.SetHiddenAsync(a, x.Ids.Proposal, hidden: true)).Refusal, Allow.Moderators)
            .All,
        .. new AuthorizationRows<ProposalDirectory>()
            .Row(nameof(ProposalDirectory.GetAsync), async (s, x, a) => (await s.GetAsync(a, x.Ids.Proposal)).Refusal, Allow.Everyone)
            .Hidden(nameof(ProposalDirectory.GetAsync), "hidden by a moderator",
                async (s, x, a) => (await s.GetAsync(a, x.Ids.HiddenProposal)).Refusal, Allow.Only(Member, Moderator, Admin))
            .Row(nameof(ProposalDirectory.GetWithSequenceAsync), async (s, x, a) => (await s.GetWithSequenceAsync(a, x.Ids.Proposal)).Details.Refusal, Allow.Everyone)
            .Hidden(nameof(ProposalDirectory.GetWithSequenceAsync), "hidden by a moderator",
                async (s, x, a) => (await s.GetWithSequenceAsync(a, x.Ids.HiddenProposal)).Details.Refusal, Allow.Only(Member, Moderator, Admin))
            .Row(nameof(ProposalDirectory.ListAsync), async (s, x, a) => (await s.ListAsync(a, new ProposalQuery())).Refusal, Allow.Everyone)
            .Hidden(nameof(ProposalDirectory.ListAsync), "hidden by a moderator",
                async (s, x, a) => Shown.If((await s.ListAsync(a, new ProposalQuery())).Value!.Items.Items.Any(p => p.Card.Id == x.Ids.HiddenProposal)), [])
            .Row(nameof(ProposalDirectory.InputForEditAsync), async (s, x, a) => (await s.InputForEditAsync(a, x.Ids.Proposal)).Refusal, Allow.Only(Member))
            .Row(nameof(ProposalDirectory.FollowAsync), async (s, x, a) => (await s.FollowAsync(a, x.Ids.Proposal, follow: true)).Refusal, Allow.SignedIn)
            .All,
        .. new AuthorizationRows<InterestService>()
            .Row(nameof(InterestService.ExpressAsync), "not the author's own",
                async (s, x, a) => (await s.ExpressAsync(a, x.Ids.Proposal, "We can help.")).Refusal, Allow.SignedInExcept(Member))
            .Row(nameof(InterestService.WithdrawAsync), "own interest; a no-op without one",
                async (s, x, a) => (await s.WithdrawAsync(a, x.Ids.Proposal)).Refusal, Allow.SignedIn)
            .Row(nameof(InterestService.DecideAsync), "in the author's proposal",
                async (s, x, a) => (await s.DecideAsync(a, x.Ids.Interest, accept: true)).Refusal, Allow.Only(Member))
            .Row(nameof(InterestService.ListAsync), async (s, x, a) => (await s.ListAsync(a, x.Ids.Proposal)).Refusal, Allow.Everyone)
            .Hidden(nameof(InterestService.ListAsync), "a pending interest's message",
                async (s, x, a) => Shown.If((await s.ListAsync(a, x.Ids.Proposal)).Value!.Any(i => i.Message is not null)), Allow.Only(Member, OtherMember))
            .All,
    ];

    private static IEnumerable<AuthorizationRow> Discussions =>
        new AuthorizationRows<DiscussionService>()
            .Row(nameof(DiscussionService.PostAsync),
                async (s, x, a) => (await s.PostAsync(a, x.Ids.Proposal, new CommentInput(Guid.NewGuid(), "Count us in for the pilot."))).Result.Refusal, Allow.SignedIn)
            .Row(nameof(DiscussionService.EditAsync), async (s, x, a) => (await s.EditAsync(a, x.Ids.Comment, "We can host it in Kallo or Doel.")).Refusal, Allow.Only(Member))
            .Row(nameof(DiscussionService.DeleteAsync), async (s, x, a) => (await s.DeleteAsync(a, x.Ids.Comment)).Refusal, Allow.Only(Member))
            .Row(nameof(DiscussionService.ReactAsync), async (s, x, a) => (await s.ReactAsync(a, x.Ids.Comment, Enum.GetValues<ReactionKind>()[^1])).Refusal, Allow.SignedIn)
            .Hidden(nameof(DiscussionService.ReactionsOfAsync), "own reactions",
                async (s, x, a) => Shown.If((await s.ReactionsOfAsync(a, [x.Ids.Comment])).Count > 0), Allow.Only(Member))
            .Row(nameof(DiscussionService.ThreadAsync), async (s, x, a) => (await s.ThreadAsync(a, x.Ids.Proposal)).Refusal, Allow.Everyone)
            .Hidden(nameof(DiscussionService.ThreadAsync), "hidden proposal",
                async (s, x, a) => (await s.ThreadAsync(a, x.Ids.HiddenProposal)).Refusal, Allow.Only(Member, Moderator, Admin))
            .Row(nameof(DiscussionService.SourceAsync), async (s, x, a) => (await s.SourceAsync(a, x.Ids.Comment)).Refusal, Allow.Only(Member))
            .Row(nameof(DiscussionService.RevisionsAsync), async (s, x, a) => (await s.RevisionsAsync(a, x.Ids.Comment)).Refusal, Allow.Moderators)
            .All;
}
