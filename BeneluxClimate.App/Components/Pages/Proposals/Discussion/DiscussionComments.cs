using System.Runtime.InteropServices;
using BeneluxClimate.Domain.Partnerships;

namespace BeneluxClimate.App.Components.Pages.Proposals.Discussion;

/// <summary>
/// The comments a discussion shows, in id order. Putting a comment replaces the one with its id, so applying the same
/// event twice, or an event the last reload already held, changes nothing. Held as a sorted list (a new comment is
/// appended; lookups are binary searches): every open discussion walks it on each render when a comment arrives, and a
/// list walks several times faster than a tree and costs each open screen less memory per comment.
/// </summary>
public sealed class DiscussionComments
{
    private readonly List<CommentView> ordered = [];
    private readonly List<int> revisions = []; // beside ordered: the revision of the comment at the same index
    private int lastRevision;
    private int replyCount;

    private static readonly IReadOnlyList<CommentView> NoReplies = [];

    public DiscussionComments(IEnumerable<CommentView> comments)
    {
        foreach (var comment in comments)
        {
            Put(comment);
        }
    }

    public int Count => ordered.Count;

    public IReadOnlyList<CommentView> All => ordered;

    public CommentView this[long id] => IndexOf(id) is var index and >= 0 ? ordered[index] : throw new KeyNotFoundException($"No comment {id}.");

    /// <summary>Changes whenever the comment with this id is put again, so a view can tell it changed by a number.</summary>
    public int RevisionOf(long id) => IndexOf(id) is var index and >= 0 ? revisions[index] : 0;

    /// <summary>Adds the comment or replaces the one with its id; true when it was new.</summary>
    public bool Put(CommentView comment)
    {
        var index = IndexOf(comment.Id);
        var added = index < 0;
        var previous = added ? null : ordered[index];
        replyCount += (comment.ParentId is null ? 0 : 1) - (previous?.ParentId is null ? 0 : 1);
        if (added)
        {
            index = ~index;
            ordered.Insert(index, comment);
            revisions.Insert(index, ++lastRevision);
        }
        else
        {
            ordered[index] = comment;
            revisions[index] = ++lastRevision;
        }

        return added;
    }

    private bool Contains(long id) => IndexOf(id) >= 0;

    /// <summary>The comment's index, or the bitwise complement of where it would go (as <see cref="List{T}.BinarySearch(T)"/>).</summary>
    private int IndexOf(long id) =>
        // Most lookups are for the newest comment, or for one newer than all: check the end before searching.
        ordered.Count == 0 || ordered[^1].Id < id ? ~ordered.Count : CollectionsMarshal.AsSpan(ordered).BinarySearch(new IdOf(id));

    private readonly record struct IdOf(long Id) : IComparable<CommentView>
    {
        public int CompareTo(CommentView? other) => Id.CompareTo(other!.Id);
    }

    /// <summary>
    /// Top-level comments oldest first, each with its replies oldest first. A reply whose parent is not shown stands
    /// alone. Runs on every render of every open discussion when a comment arrives, so it allocates little: one pass,
    /// and a second only when there are replies.
    /// </summary>
    public IEnumerable<(CommentView Comment, IReadOnlyList<CommentView> Replies)> Threads()
    {
        Dictionary<long, List<CommentView>>? replies = null;
        if (replyCount > 0)
        {
            replies = [];
            foreach (var comment in ordered)
            {
                if (comment.ParentId is { } parent && Contains(parent))
                {
                    if (!replies.TryGetValue(parent, out var list))
                    {
                        replies[parent] = list = [];
                    }

                    list.Add(comment);
                }
            }
        }

        foreach (var comment in ordered)
        {
            if (replies is null || comment.ParentId is not { } parent || !Contains(parent))
            {
                yield return (comment, replies?.GetValueOrDefault(comment.Id) is { } own ? own : NoReplies);
            }
        }
    }
}
