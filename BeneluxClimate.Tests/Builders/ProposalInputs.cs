using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Partnerships;

namespace BeneluxClimate.Tests.Builders;

/// <summary>A valid cross-border proposal input (from Belgium towards the Netherlands) to start from.</summary>
public static class ProposalInputs
{
    public static ProposalInput Valid(string title = "Shared heat networks across the Scheldt") => new(
        Guid.NewGuid(),
        title,
        "Two municipalities link their heat networks across the border.",
        "We want to **share residual heat** from the port of Antwerp with Zeeland towns.",
        "Heat network design, a pilot site in Kallo",
        "A Dutch municipality or utility, and research on heat storage",
        [ActorType.Government, ActorType.Research],
        ["NL"],
        [Theme.MitigationEnergy, Theme.BuiltEnvironment],
        ["BE", "NL"],
        null,
        new FundingCall("Interreg Vlaanderen-Nederland", "https://example.org/interreg", DateTimeOffset.UtcNow.AddDays(40)));
}
