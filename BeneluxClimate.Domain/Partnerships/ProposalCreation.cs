using BeneluxClimate.Domain.Common;

namespace BeneluxClimate.Domain.Partnerships;

/// <summary>The outcome of creating a proposal: its id when it exists (also on a repeated command).</summary>
public sealed record ProposalCreation(CommandResult Result, int? ProposalId)
{
    public bool Succeeded => Result.Succeeded;
}
