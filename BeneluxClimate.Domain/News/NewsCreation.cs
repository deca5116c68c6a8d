using BeneluxClimate.Domain.Common;

namespace BeneluxClimate.Domain.News;

/// <summary>The outcome of publishing a post: its id when it exists (also on a repeated command).</summary>
public sealed record NewsCreation(CommandResult Result, int? PostId)
{
    public bool Succeeded => Result.Succeeded;
}
