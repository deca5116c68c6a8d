using BeneluxClimate.Domain.Common;

namespace BeneluxClimate.Domain.Gatherings;

/// <summary>The outcome of creating an event: its id when it worked (also for a repeated command).</summary>
public sealed record GatheringCreation(CommandResult Result, int? GatheringId)
{
    public bool Succeeded => Result.Succeeded;
}
