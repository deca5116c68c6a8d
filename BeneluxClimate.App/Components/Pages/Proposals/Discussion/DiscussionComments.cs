using BeneluxClimate.Domain.Partnerships;

namespace BeneluxClimate.App.Components.Pages.Proposals.Discussion;

/// <summary>
/// The comments a discussion shows, by id. Putting a comment replaces the one with its id, so applying the same
/// event twice, or an event the last reload already held, changes nothing.
/// </summary>
public sealed class DiscussionComments
{
    private readonly SortedDictionary<long, CommentView> byId = [];
    private readonly Dictionary<long, int> revisions = [];
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

    public int Count => byId.Count;

    public IReadOnlyCollection<long> Ids => byId.Keys;

    public IEnumerable<CommentView> All => byId.Values;

    public CommentView this[long id] => byId[id];

    /// <summary>Changes whenever the comment with this id is put again, so a view can tell it changed by a number.</summary>
    public int RevisionOf(long id) => revisions.GetValueOrDefault(id);

    /// <summary>Adds the comment or replaces the one with its id; true when it was new.</summary>
    public bool Put(CommentView comment)
    {
        var added = !byId.TryGetValue(comment.Id, out var previous);
        replyCount += (comment.ParentId is null ? 0 : 1) - (previous?.ParentId is null ? 0 : 1);
        byId[comment.Id] = comment;
        revisions[comment.Id] = ++lastRevision;
        return added;
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
            foreach (var comment in byId.Values)
            {
                if (comment.ParentId is { } parent && byId.ContainsKey(parent))
                {
                    if (!replies.TryGetValue(parent, out var list))
                    {
                        replies[parent] = list = [];
                    }

                    list.Add(comment);
                }
            }
        }

        foreach (var comment in byId.Values)
        {
            if (replies is null || comment.ParentId is not { } parent || !byId.ContainsKey(parent))
            {
                yield return (comment, replies?.GetValueOrDefault(comment.Id) is { } own ? own : NoReplies);
            }
        }
    }
}
