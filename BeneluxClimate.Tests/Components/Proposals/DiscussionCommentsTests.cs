using BeneluxClimate.App.Components.Pages.Proposals.Discussion;
using BeneluxClimate.Domain.Partnerships;

namespace BeneluxClimate.Tests.Components.Proposals;

public sealed class DiscussionCommentsTests
{
    private static CommentView Comment(long id, long? parentId = null, string body = "<p>Shared forecasts.</p>") =>
        new(id, 1, parentId, Guid.Empty, new MemberRef("user-7", "Anna Peeters", "BE", null, null), body,
            DateTimeOffset.UnixEpoch.AddMinutes(id), null, false, false, new Dictionary<ReactionKind, int>());

    [Fact]
    public void Comments_put_in_any_order_read_back_oldest_first_and_a_repeat_replaces_its_comment()
    {
        var comments = new DiscussionComments([Comment(5), Comment(2)]);

        Assert.True(comments.Put(Comment(9)));
        Assert.True(comments.Put(Comment(3)));          // a reload's comment older than the newest
        Assert.False(comments.Put(Comment(5, body: "<p>Edited.</p>")));

        Assert.Equal([2, 3, 5, 9], comments.All.Select(c => c.Id));
        Assert.Equal("<p>Edited.</p>", comments[5].BodyHtml);
        Assert.Equal(4, comments.Count);
        Assert.Throws<KeyNotFoundException>(() => comments[4]);
    }

    [Fact]
    public void A_comment_put_again_gets_a_new_revision_and_the_others_keep_theirs()
    {
        var comments = new DiscussionComments([Comment(1), Comment(2), Comment(3)]);
        var (first, second) = (comments.RevisionOf(1), comments.RevisionOf(2));

        comments.Put(Comment(2, body: "<p>Edited.</p>"));
        comments.Put(Comment(0)); // inserted before all of them

        Assert.Equal(first, comments.RevisionOf(1));
        Assert.NotEqual(second, comments.RevisionOf(2));
        Assert.Equal(0, comments.RevisionOf(42));
    }

    [Fact]
    public void Replies_hang_under_their_parent_and_a_reply_whose_parent_is_not_shown_stands_alone()
    {
        var comments = new DiscussionComments([Comment(1), Comment(2, parentId: 1), Comment(3), Comment(4, parentId: 99), Comment(5, parentId: 1)]);

        var threads = comments.Threads().Select(t => (t.Comment.Id, Replies: t.Replies.Select(r => r.Id).ToList())).ToList();

        Assert.Equal([1, 3, 4], threads.Select(t => t.Id));
        Assert.Equal([2, 5], threads[0].Replies);
        Assert.Empty(threads[1].Replies);
    }
}
