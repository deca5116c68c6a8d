using BeneluxClimate.Domain.Partnerships;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Tests.Builders;
using Microsoft.EntityFrameworkCore;

namespace BeneluxClimate.Tests.Domain.Persistence;

public class DemoProposalTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    private TestDatabase Database => seeded.Database;

    [Fact]
    public async Task Demo_proposals_reach_across_their_authors_border_cover_every_status_and_pass_the_proposal_rules()
    {
        var proposals = await Database.QueryAsync(db => db.Proposals.AsNoTracking().ToListAsync());
        var countries = await Database.QueryAsync(db => db.MemberProfiles.AsNoTracking().ToDictionaryAsync(p => p.UserId, p => p.CountryCode));
        var users = await Database.QueryAsync(db => db.Users.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Email));
        var projects = await Database.QueryAsync(db => db.Projects.AsNoTracking().ToDictionaryAsync(p => p.Id));

        Assert.InRange(proposals.Count, 6, 12);
        Assert.Equal(Enum.GetValues<ProposalStatus>(), proposals.Select(p => p.Status).Distinct().Order());
        Assert.Contains(proposals, p => users[p.AuthorId] == "anna@demo.test");
        Assert.Contains(proposals, p => users[p.AuthorId] == "joost@demo.test");
        Assert.Contains(proposals, p => users[p.AuthorId] == "claire@demo.test");
        Assert.Contains(proposals, p => p.FundingCallName?.Contains("Interreg", StringComparison.Ordinal) == true);
        Assert.Contains(proposals, p => p.FundingCallName?.Contains("LIFE", StringComparison.Ordinal) == true);
        Assert.Contains(proposals, p => p.FundingCallName?.Contains("Horizon Europe Cluster 5", StringComparison.Ordinal) == true);
        Assert.Contains(proposals, p => p.LinkedProjectId is not null);
        Assert.All(proposals, p =>
        {
            Assert.Equal(countries[p.AuthorId], p.AuthorCountryCode);
            Assert.Contains(p.Countries, c => c != p.AuthorCountryCode);
            Assert.Empty(ProposalRules.Validate(InputOf(p), p.AuthorCountryCode, DateTimeOffset.UtcNow));
            Assert.True(p.FundingCallDeadlineUtc is null || p.FundingCallDeadlineUtc > DateTimeOffset.UtcNow.AddDays(30), p.Title);
            Assert.True(p.LinkedProjectId is null || projects[p.LinkedProjectId.Value].Status != BeneluxClimate.Domain.Showcase.ProjectStatus.Draft, p.Title);
            Assert.False(string.IsNullOrWhiteSpace(p.BodyHtml));
            Assert.True(p.CreatedAtUtc <= p.LastActivityAtUtc && p.LastActivityAtUtc < DateTimeOffset.UtcNow, p.Title);
        });
    }

    [Fact]
    public async Task Demo_discussions_are_consistent_with_their_counters_replies_mentions_and_followers()
    {
        var proposals = await Database.QueryAsync(db => db.Proposals.AsNoTracking().ToListAsync());
        var comments = await Database.QueryAsync(db => db.Comments.AsNoTracking().ToListAsync());
        var interests = await Database.QueryAsync(db => db.Interests.AsNoTracking().ToListAsync());
        var followers = await Database.QueryAsync(db => db.ProposalFollowers.AsNoTracking().ToListAsync());
        var reactions = await Database.QueryAsync(db => db.CommentReactions.AsNoTracking().ToListAsync());
        var userIds = await Database.QueryAsync(db => db.Users.AsNoTracking().Select(u => u.Id).ToListAsync());

        Assert.Contains(comments, c => c.ParentId is not null);
        Assert.Contains(comments, c => Mentions.In(c.Body).Count > 0);
        Assert.NotEmpty(reactions);
        Assert.Contains(interests, i => i.Status == InterestStatus.Accepted);
        Assert.All(proposals, p =>
        {
            var own = comments.Where(c => c.ProposalId == p.Id).ToList();
            Assert.NotEmpty(own);
            Assert.Equal(own.Count, p.CommentCount);
            Assert.Equal(interests.Count(i => i.ProposalId == p.Id), p.InterestCount);
            var following = followers.Where(f => f.ProposalId == p.Id).Select(f => f.UserId).ToHashSet();
            Assert.Contains(p.AuthorId, following);
            Assert.All(own, c => Assert.Contains(c.AuthorId, following));
            Assert.All(interests.Where(i => i.ProposalId == p.Id), i => Assert.NotEqual(p.AuthorId, i.UserId));
        });
        Assert.All(comments, c =>
        {
            if (c.ParentId is { } parentId)
            {
                var parent = comments.Single(x => x.Id == parentId);
                Assert.Null(parent.ParentId); // one level deep
                Assert.Equal(c.ProposalId, parent.ProposalId);
                Assert.True(parent.CreatedAtUtc < c.CreatedAtUtc);
            }

            Assert.All(Mentions.In(c.Body), id => Assert.Contains(id, userIds));
            Assert.DoesNotContain("{@", c.Body, StringComparison.Ordinal);
            Assert.Equal(CommentHash.Of(c.Body), c.BodyHash);
            Assert.True(c.CreatedAtUtc < DateTimeOffset.UtcNow);
        });
        Assert.All(reactions, r => Assert.NotEqual(comments.Single(c => c.Id == r.CommentId).AuthorId, r.UserId));
    }

    [Fact]
    public async Task A_demo_discussion_reads_through_the_discussion_service()
    {
        var proposal = await Database.QueryAsync(db => db.Proposals.AsNoTracking().OrderByDescending(p => p.CommentCount).FirstAsync());

        var thread = (await Database.Get<DiscussionService>().ThreadAsync(Actor.Anonymous, proposal.Id)).Value!;

        Assert.Equal(proposal.CommentCount, thread.Comments.Count);
        Assert.Contains(thread.Comments, c => c.Reactions.Values.Sum() > 0);
        Assert.All(thread.Comments, c => Assert.False(c.Author.IsFormer));
    }

    private static ProposalInput InputOf(Proposal p) => new(
        p.CreationId, p.Title, p.Summary, p.Body, p.Offer, p.Seek, p.SoughtActorTypes, p.SoughtCountries, p.Themes, p.Countries, p.LinkedProjectId,
        p.FundingCallName is null ? null : new FundingCall(p.FundingCallName, p.FundingCallUrl, p.FundingCallDeadlineUtc));
}
