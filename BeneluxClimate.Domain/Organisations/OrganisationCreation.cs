using BeneluxClimate.Domain.Common;

namespace BeneluxClimate.Domain.Organisations;

/// <summary>The outcome of creating an organisation: its id when it exists (also on a repeated command).</summary>
public sealed record OrganisationCreation(CommandResult Result, int? OrganisationId)
{
    public bool Succeeded => Result.Succeeded;
}
