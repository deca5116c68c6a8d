using System.Collections.Concurrent;
using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Notifications;
using BeneluxClimate.Domain.Partnerships;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Tests.Builders;
using Microsoft.EntityFrameworkCore;

namespace BeneluxClimate.Tests.Domain.Partnerships;

public class DiscussionServiceTests : PartnershipTestBase
{
    private async Task<CommentView> PostAsync(Actor actor, int proposalId, string body, long? parentId = null)
    {
        var posted = await Discussion.PostAsync(actor, proposalId, new CommentInput(Guid.NewGuid(), body, parentId));
        Assert.True(posted.Succeeded, posted.Result.Refusal?.ToString());
        return posted.Comment!;
    }

    [Fact]
    public async Task A_retried_send_with_the_same_client_id_stores_one_comment_and_returns_it()
    {
        var id = await ProposeAsLotteAsync();
        var input = new CommentInput(Guid.NewGuid(), "We can host a pilot in **Vlissingen**.");

        var first = await Discussion.PostAsync(Pieter, id, input);
        var retry = await Discussion.PostAsync(Pieter, id, input);

        Assert.Equal(first.Comment!.Id, retry.Comment!.Id);
        Assert.Contains("<strong>Vlissingen</strong>", first.Comment.BodyHtml);
        Assert.Equal(1, await Database.QueryAsync(db => db.Comments.CountAsync()));
        Assert.Equal(1, (await Directory.GetAsync(Sanne, id)).Value!.View.CommentCount);
    }

    [Fact]
    public async Task Replies_stay_one_level_deep_and_notify_the_author_of_the_comment_and_mentioned_members()
    {
        var id = await ProposeAsLotteAsync();
        var question = await PostAsync(Pieter, id, "Which heat sources do you have in mind?");
        var answer = await PostAsync(Lotte, id, "Residual heat from the port.", question.Id);
        var nested = await PostAsync(Sanne, id, $"Agreed, {Mentions.Markdown("Pieter Smit", Pieter.UserId!)}.", answer.Id);

        Assert.Equal(question.Id, answer.ParentId);
        Assert.Equal(question.Id, nested.ParentId); // a reply to a reply joins the same thread
        Assert.Contains($"href=\"/members/{Pieter.UserId}\"", nested.BodyHtml);
        var pieter = (await Database.Get<NotificationService>().InboxAsync(Pieter)).Value!;
        Assert.Contains(pieter.Newest, n => n.Kind == NotificationKind.ReplyToMyComment && n.ActorName == "Lotte Janssens");
        Assert.Contains(pieter.Newest, n => n.Kind == NotificationKind.Mention && n.ActorName == "Sanne Weber");
        Assert.Equal(2, (await Database.Get<NotificationService>().InboxAsync(Lotte)).Value!.Newest.Count(n => n.Kind == NotificationKind.CommentOnMyProposal));
    }

    [Fact]
    public async Task A_switched_off_kind_of_notification_is_not_written()
    {
        var id = await ProposeAsLotteAsync();
        await Database.Get<NotificationService>().SetDisabledKindsAsync(Lotte, [NotificationKind.CommentOnMyProposal]);

        await PostAsync(Pieter, id, "Count us in.");

        Assert.Equal(0, (await Database.Get<NotificationService>().InboxAsync(Lotte)).Value!.Unread);
    }

    [Fact]
    public async Task Only_the_author_edits_within_the_window_and_the_earlier_text_is_kept_for_moderators()
    {
        var id = await ProposeAsLotteAsync();
        var comment = await PostAsync(Pieter, id, "We have a lab in Vlisingen.");

        Assert.Equal(Refusal.Forbidden, (await Discussion.EditAsync(Sanne, comment.Id, "Hijacked")).Refusal);
        Assert.True((await Discussion.EditAsync(Pieter, comment.Id, "We have a lab in Vlissingen.")).Succeeded);

        var shown = Assert.Single((await Discussion.ThreadAsync(Sanne, id)).Value!.Comments);
        Assert.True(shown.IsEdited);
        Assert.Contains("Vlissingen", shown.BodyHtml);
        Assert.Equal(Refusal.Forbidden, (await Discussion.RevisionsAsync(Pieter, comment.Id)).Refusal);
        Assert.Equal("We have a lab in Vlisingen.", Assert.Single((await Discussion.RevisionsAsync(Moderator, comment.Id)).Value!).Body);
    }

    [Fact]
    public async Task A_removed_comment_shows_as_removed_without_its_text()
    {
        var id = await ProposeAsLotteAsync();
        var comment = await PostAsync(Pieter, id, "Oops, wrong proposal.");

        Assert.Equal(Refusal.Forbidden, (await Discussion.DeleteAsync(Lotte, comment.Id)).Refusal);
        Assert.True((await Discussion.DeleteAsync(Pieter, comment.Id)).Succeeded);

        var shown = Assert.Single((await Discussion.ThreadAsync(Sanne, id)).Value!.Comments);
        Assert.True(shown.IsDeleted);
        Assert.Equal("", shown.BodyHtml);
    }

    [Fact]
    public async Task Reactions_toggle_per_member_and_kind_and_are_counted()
    {
        var id = await ProposeAsLotteAsync();
        var comment = await PostAsync(Pieter, id, "A heat storage pilot in Zeeland?");

        await Discussion.ReactAsync(Lotte, comment.Id, ReactionKind.Agree);
        await Discussion.ReactAsync(Sanne, comment.Id, ReactionKind.Agree);
        await Discussion.ReactAsync(Sanne, comment.Id, ReactionKind.Question);
        await Discussion.ReactAsync(Sanne, comment.Id, ReactionKind.Question);

        var shown = Assert.Single((await Discussion.ThreadAsync(Pieter, id)).Value!.Comments);
        Assert.Equal(2, shown.Reactions[ReactionKind.Agree]);
        Assert.False(shown.Reactions.ContainsKey(ReactionKind.Question));
        Assert.Equal(Refusal.NotSignedIn, (await Discussion.ReactAsync(Actor.Anonymous, comment.Id, ReactionKind.Agree)).Refusal);
    }

    [Fact]
    public async Task Markup_in_a_comment_stays_inert()
    {
        var id = await ProposeAsLotteAsync();

        var comment = await PostAsync(Pieter, id, "<script>alert(1)</script> [click](javascript:alert(2)) <img src=x onerror=alert(3)>");

        Assert.DoesNotContain("<script", comment.BodyHtml);
        Assert.DoesNotContain("javascript:", comment.BodyHtml);
        Assert.DoesNotContain("<img", comment.BodyHtml);
    }

    [Fact]
    public async Task Visitors_cannot_comment_and_bodies_have_a_limit()
    {
        var id = await ProposeAsLotteAsync();

        var visitor = await Discussion.PostAsync(Actor.Anonymous, id, new CommentInput(Guid.NewGuid(), "Hi"));
        var tooLong = await Discussion.PostAsync(Pieter, id, new CommentInput(Guid.NewGuid(), new string('a', Proposal.BodyMaxLength + 1)));
        var empty = await Discussion.PostAsync(Pieter, id, new CommentInput(Guid.NewGuid(), "   "));

        Assert.Equal(Refusal.NotSignedIn, visitor.Result.Refusal);
        Assert.Contains(tooLong.Result.Problems!, p => p is { Code: "TooLong", Limit: Proposal.BodyMaxLength });
        Assert.Contains(empty.Result.Problems!, p => p.Code == "Required");
        Assert.Equal(0, await Database.QueryAsync(db => db.Comments.CountAsync()));
    }

    [Fact]
    public async Task A_posted_comment_is_published_with_its_sequence_number_and_everything_viewers_need()
    {
        var id = await ProposeAsLotteAsync();
        var received = new ConcurrentQueue<LiveEvent>();
        var arrived = new TaskCompletionSource();
        using var subscription = Database.Get<ILiveBus>().Subscribe(LiveTopics.Proposal(id), e =>
        {
            received.Enqueue(e);
            if (e.Kind == ProposalEvents.CommentPosted)
            {
                arrived.TrySetResult(); // not the proposal's own creation, which may still be on its way
            }

            return Task.CompletedTask;
        }, () => Task.CompletedTask);
        var before = await Database.QueryAsync(db => db.CurrentSequenceAsync(LiveTopics.Proposal(id), CancellationToken.None));

        var comment = await PostAsync(Pieter, id, "Live from Vlissingen.");
        await arrived.Task.WaitAsync(TimeSpan.FromSeconds(5));

        var e = Assert.Single(received, x => x.Kind == ProposalEvents.CommentPosted);
        Assert.Equal(before + 1, e.Sequence);
        var view = Assert.IsType<CommentView>(e.Payload);
        Assert.Equal((comment.Id, "Pieter Smit", "NL"), (view.Id, view.Author.DisplayName, view.Author.CountryCode));
    }
}

public sealed class DiscussionLimitTests() : PartnershipTestBase(new Dictionary<string, string?>())
{
    [Fact]
    public async Task A_second_comment_within_five_seconds_is_refused_with_the_time_to_wait_and_nothing_is_stored()
    {
        var id = await ProposeAsLotteAsync();
        Assert.True((await Discussion.PostAsync(Pieter, id, new CommentInput(Guid.NewGuid(), "First thought."))).Succeeded);

        var second = await Discussion.PostAsync(Pieter, id, new CommentInput(Guid.NewGuid(), "Second thought."));

        Assert.Equal(Refusal.RateLimited, second.Result.Refusal);
        Assert.InRange(second.RetryAfterUtc!.Value - DateTimeOffset.UtcNow, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5));
        Assert.Equal(1, await Database.QueryAsync(db => db.Comments.CountAsync()));
    }

    [Fact]
    public async Task The_same_text_twice_within_five_minutes_is_refused_as_a_duplicate()
    {
        var id = await ProposeAsLotteAsync();
        await Discussion.PostAsync(Pieter, id, new CommentInput(Guid.NewGuid(), "Count us in."));
        await Task.Delay(TimeSpan.FromSeconds(5.2));

        var again = await Discussion.PostAsync(Pieter, id, new CommentInput(Guid.NewGuid(), "Count us in."));

        Assert.Equal((Refusal.RateLimited, true), (again.Result.Refusal, again.Duplicate));
        Assert.InRange(again.RetryAfterUtc!.Value - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(5));
    }

    [Fact]
    public async Task A_new_account_waits_thirty_seconds_between_comments()
    {
        var id = await ProposeAsLotteAsync();
        var newcomerId = await Database.AddMemberAsync("Newcomer", "newcomer@example.test");
        await Database.QueryAsync(db => db.Users.Where(u => u.Id == newcomerId).ExecuteUpdateAsync(s => s.SetProperty(u => u.JoinedAtUtc, DateTimeOffset.UtcNow)));
        var newcomer = Actor.Member(newcomerId, Roles.Member);
        await Discussion.PostAsync(newcomer, id, new CommentInput(Guid.NewGuid(), "Hello from a new member."));

        var second = await Discussion.PostAsync(newcomer, id, new CommentInput(Guid.NewGuid(), "And another thing."));

        Assert.Equal(Refusal.RateLimited, second.Result.Refusal);
        Assert.InRange(second.RetryAfterUtc!.Value - DateTimeOffset.UtcNow, TimeSpan.FromSeconds(25), TimeSpan.FromSeconds(30));
    }
}
