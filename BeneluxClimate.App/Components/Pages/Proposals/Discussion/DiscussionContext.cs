using BeneluxClimate.Domain.Partnerships;
using BeneluxClimate.Domain.Security;

namespace BeneluxClimate.App.Components.Pages.Proposals.Discussion;

/// <summary>
/// What every comment of one discussion shares: the comments by id, the viewer and their reactions. It is cascaded as a
/// fixed value, so a <see cref="DiscussionComment"/>'s parameters are plain numbers, and when the thread renders again
/// for a pushed comment, Blazor skips every comment whose numbers did not change instead of handing each one its
/// parameters, on every open circuit.
/// </summary>
public sealed class DiscussionContext(Action<CommentView> onPosted)
{
    public DiscussionComments Comments { get; set; } = new([]);

    public Actor Viewer { get; set; } = Actor.Anonymous;

    public string ViewerName { get; set; } = "";

    public HashSet<(long CommentId, ReactionKind Kind)> Own { get; set; } = [];

    /// <summary>The comments the viewer reported, read once for the thread.</summary>
    public IReadOnlySet<long> Reported { get; set; } = new HashSet<long>();

    /// <summary>The viewer posted a reply: it shows at once, before its live event.</summary>
    public Action<CommentView> OnPosted { get; } = onPosted;
}
