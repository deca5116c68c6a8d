using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Notifications;
using BeneluxClimate.Domain.Partnerships;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Tests.Builders;
using Microsoft.EntityFrameworkCore;

namespace BeneluxClimate.Tests.Domain.Partnerships;

public class ProposalServiceTests : PartnershipTestBase
{
    [Fact]
    public async Task A_proposal_must_reach_across_the_authors_border()
    {
        var created = await Proposals.CreateAsync(Lotte, ProposalInputs.Valid() with { Countries = ["BE"] });

        Assert.Contains(created.Result.Problems!, p => p is { Field: "Countries", Code: "NotCrossBorder" });
        Assert.Equal(0, await Database.QueryAsync(db => db.Proposals.CountAsync()));
    }

    [Fact]
    public async Task Only_onboarded_members_propose_and_the_same_command_twice_creates_one()
    {
        var visitor = await Proposals.CreateAsync(Actor.Anonymous, ProposalInputs.Valid());
        var notOnboarded = await Proposals.CreateAsync(Actor.Member(await Database.AddMemberAsync("New", "new@example.test"), Roles.Member), ProposalInputs.Valid());
        var input = ProposalInputs.Valid();
        var first = await Proposals.CreateAsync(Lotte, input);
        var again = await Proposals.CreateAsync(Lotte, input);

        Assert.Equal(Refusal.NotSignedIn, visitor.Result.Refusal);
        Assert.Equal(Refusal.Forbidden, notOnboarded.Result.Refusal);
        Assert.Equal(first.ProposalId, again.ProposalId);
        Assert.Equal(1, await Database.QueryAsync(db => db.Proposals.CountAsync()));
    }

    [Fact]
    public async Task Only_the_author_edits_and_the_author_or_a_moderator_changes_the_status_which_followers_hear_of()
    {
        var id = await ProposeAsLotteAsync();
        await Directory.FollowAsync(Pieter, id, follow: true);

        Assert.Equal(Refusal.Forbidden, (await Proposals.UpdateAsync(Pieter, id, ProposalInputs.Valid("Taken over"))).Refusal);
        Assert.Equal(Refusal.Forbidden, (await Proposals.UpdateAsync(Moderator, id, ProposalInputs.Valid("Taken over"))).Refusal);
        Assert.Equal(Refusal.Forbidden, (await Proposals.SetStatusAsync(Pieter, id, ProposalStatus.Closed)).Refusal);
        Assert.True((await Proposals.SetStatusAsync(Moderator, id, ProposalStatus.InDiscussion)).Succeeded);
        Assert.True((await Proposals.SetStatusAsync(Lotte, id, ProposalStatus.PartnershipFormed)).Succeeded);

        var inbox = (await Database.Get<NotificationService>().InboxAsync(Pieter)).Value!;
        Assert.Equal(2, inbox.Unread);
        Assert.All(inbox.Newest, n => Assert.Equal(NotificationKind.StatusOfFollowedProposal, n.Kind));
        Assert.Equal(ProposalStatus.PartnershipFormed, (await Directory.GetAsync(Pieter, id)).Value!.View.Status);
    }

    [Fact]
    public async Task Interest_accepted_by_the_author_makes_a_partner_and_moves_an_open_proposal_into_discussion()
    {
        var id = await ProposeAsLotteAsync();

        Assert.True((await Interests.ExpressAsync(Pieter, id, "We run a heat storage lab in Vlissingen.")).Succeeded);
        Assert.True((await Interests.ExpressAsync(Pieter, id, "again")).Succeeded); // a double click: one interest
        Assert.Equal(Refusal.Forbidden, (await Interests.ExpressAsync(Lotte, id, null)).Refusal);
        var pending = Assert.Single((await Interests.ListAsync(Lotte, id)).Value!);
        Assert.Equal("We run a heat storage lab in Vlissingen.", pending.Message);
        Assert.Equal("We run a heat storage lab in Vlissingen.", Assert.Single((await Interests.ListAsync(Pieter, id)).Value!).Message); // their own
        Assert.Empty((await Interests.ListAsync(Sanne, id)).Value!); // pending interests and messages are not for others

        Assert.Equal(Refusal.Forbidden, (await Interests.DecideAsync(Pieter, pending.Id, accept: true)).Refusal);
        Assert.True((await Interests.DecideAsync(Lotte, pending.Id, accept: true)).Succeeded);

        var view = (await Directory.GetAsync(Sanne, id)).Value!.View;
        Assert.Equal((ProposalStatus.InDiscussion, 1, "Pieter Smit"), (view.Status, view.InterestCount, Assert.Single(view.Partners).DisplayName));
        Assert.Equal(NotificationKind.InterestInMyProposal, Assert.Single((await Database.Get<NotificationService>().InboxAsync(Lotte)).Value!.Newest).Kind);
    }

    [Fact]
    public async Task Lists_filter_and_suggest_with_a_reason()
    {
        await ProposeAsLotteAsync();
        await ProposeAsLotteAsync(ProposalInputs.Valid("Youth climate councils BE-LU") with
        {
            Countries = ["BE", "LU"],
            SoughtCountries = ["LU"],
            SoughtActorTypes = [ActorType.Youth],
            Themes = [Theme.Education],
        });

        var toNetherlands = (await Directory.ListAsync(Pieter, new ProposalQuery(Country: "NL"))).Value!;
        var seekingResearch = (await Directory.ListAsync(Pieter, new ProposalQuery(SoughtActorType: ActorType.Research))).Value!;
        var suggested = (await Directory.ListAsync(Pieter, new ProposalQuery(SuggestedForMe: true))).Value!;

        Assert.Equal("Shared heat networks across the Scheldt", Assert.Single(toNetherlands.Items.Items).Card.Title);
        Assert.Single(seekingResearch.Items.Items);
        var first = suggested.Items.Items[0];
        Assert.Equal("Shared heat networks across the Scheldt", first.Card.Title);
        Assert.Equal((ActorType.Research, "NL"), (first.Suggestion!.MatchedActorType, first.Suggestion.MatchedCountry));
        Assert.Contains(Theme.MitigationEnergy, first.Suggestion.SharedThemes);
    }

    [Fact]
    public async Task A_hidden_proposal_leaves_lists_and_is_seen_by_its_author_and_moderators_only()
    {
        var id = await ProposeAsLotteAsync();

        Assert.Equal(Refusal.Forbidden, (await Proposals.SetHiddenAsync(Pieter, id, hidden: true)).Refusal);
        Assert.True((await Proposals.SetHiddenAsync(Moderator, id, hidden: true)).Succeeded);

        Assert.Empty((await Directory.ListAsync(Pieter, new ProposalQuery())).Value!.Items.Items);
        Assert.Equal(Refusal.NotFound, (await Directory.GetAsync(Pieter, id)).Refusal);
        Assert.True((await Directory.GetAsync(Lotte, id)).Value!.View.IsHidden);
        Assert.Equal(Refusal.NotFound, (await Discussion.PostAsync(Pieter, id, new CommentInput(Guid.NewGuid(), "Hello?"))).Result.Refusal);
    }
}
