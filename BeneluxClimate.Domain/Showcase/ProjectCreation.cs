using BeneluxClimate.Domain.Common;

namespace BeneluxClimate.Domain.Showcase;

/// <summary>The outcome of creating a project: its id when it exists (also on a repeated command).</summary>
public sealed record ProjectCreation(CommandResult Result, int? ProjectId)
{
    public bool Succeeded => Result.Succeeded;
}
