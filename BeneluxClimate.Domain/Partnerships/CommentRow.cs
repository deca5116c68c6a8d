namespace BeneluxClimate.Domain.Partnerships;

/// <summary>
/// The columns a comment's view needs: not its Markdown source or hash, and no HTML once deleted or hidden, so a
/// thread reads only what it shows (its query is compiled in <see cref="DiscussionService"/>).
/// </summary>
internal sealed record CommentRow(
    long Id, int ProposalId, long? ParentId, Guid ClientId, string AuthorId, string BodyHtml,
    DateTimeOffset CreatedAtUtc, DateTimeOffset? EditedAtUtc, bool IsDeleted, bool IsHidden)
{
    public static CommentRow Of(Comment c) => new(
        c.Id, c.ProposalId, c.ParentId, c.ClientId, c.AuthorId, c.IsDeleted || c.IsHidden ? "" : c.BodyHtml,
        c.CreatedAtUtc, c.EditedAtUtc, c.IsDeleted, c.IsHidden);
}
