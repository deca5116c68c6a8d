using BeneluxClimate.Domain.Live;

namespace BeneluxClimate.Domain.Partnerships;

/// <summary>
/// A comment as every viewer sees it; carried by live events. Removed and hidden comments carry no text.
/// <see cref="Reactions"/> counts each kind; who reacted is not shown.
/// </summary>
[LivePayload]
public sealed record CommentView(
    long Id,
    int ProposalId,
    long? ParentId,
    Guid ClientId,
    MemberRef Author,
    string BodyHtml,
    DateTimeOffset CreatedAtUtc,
    DateTimeOffset? EditedAtUtc,
    bool IsDeleted,
    bool IsHidden,
    IReadOnlyDictionary<ReactionKind, int> Reactions)
{
    public bool IsEdited => EditedAtUtc is not null;
}
