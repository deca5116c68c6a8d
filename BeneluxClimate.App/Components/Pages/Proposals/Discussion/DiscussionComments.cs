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
        var added = !byId.ContainsKey(comment.Id);
        byId[comment.Id] = comment;
        revisions[comment.Id] = ++lastRevision;
        return added;
    }

    /// <summary>Top-level comments oldest first, each with its replies oldest first. A reply whose parent is not shown stands alone.</summary>
    public IReadOnlyList<(CommentView Comment, IReadOnlyList<CommentView> Replies)> Threads()
    {
        var replies = byId.Values.Where(c => c.ParentId is { } parent && byId.ContainsKey(parent))
            .GroupBy(c => c.ParentId!.Value).ToDictionary(g => g.Key, g => (IReadOnlyList<CommentView>)g.ToList());
        return byId.Values.Where(c => c.ParentId is not { } parent || !byId.ContainsKey(parent))
            .Select(c => (c, replies.GetValueOrDefault(c.Id) ?? []))
            .ToList();
    }
}
