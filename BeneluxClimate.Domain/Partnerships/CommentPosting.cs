using BeneluxClimate.Domain.Common;

namespace BeneluxClimate.Domain.Partnerships;

/// <summary>
/// The outcome of posting: the stored comment (also when the same ClientId arrives again), or a refusal; when a limit
/// refused it, <see cref="RetryAfterUtc"/> says when the member may post again.
/// </summary>
public sealed record CommentPosting(CommandResult Result, CommentView? Comment, DateTimeOffset? RetryAfterUtc = null, bool Duplicate = false)
{
    public bool Succeeded => Result.Succeeded;
}
