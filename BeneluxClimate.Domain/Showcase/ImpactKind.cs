namespace BeneluxClimate.Domain.Showcase;

/// <summary>The impact figures the showcase adds up; each has one fixed unit (see <see cref="ImpactUnits"/>).</summary>
public enum ImpactKind
{
    Co2eAvoided,
    RenewableCapacity,
    HectaresRestored,
    PeopleReached,
}
