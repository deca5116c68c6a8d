using BeneluxClimate.Domain.Common;

namespace BeneluxClimate.Domain.Gatherings;

/// <summary>The outcome of registering or cancelling: the member's place afterwards when it worked.</summary>
public sealed record RegistrationOutcome(CommandResult Result, MemberRegistration? Registration)
{
    public bool Succeeded => Result.Succeeded;
}
