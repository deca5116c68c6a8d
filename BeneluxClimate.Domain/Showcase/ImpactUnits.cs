namespace BeneluxClimate.Domain.Showcase;

/// <summary>The unit and the sensible upper bound of each impact figure.</summary>
public static class ImpactUnits
{
    /// <summary>The unit symbol, the same in every language.</summary>
    public static string Symbol(ImpactKind kind) => kind switch
    {
        ImpactKind.Co2eAvoided => "t CO₂e/yr",
        ImpactKind.RenewableCapacity => "MW",
        ImpactKind.HectaresRestored => "ha",
        _ => "",
    };

    /// <summary>Larger values are typing mistakes, not projects (the whole Benelux emits about 300 Mt CO₂e a year).</summary>
    public static double Maximum(ImpactKind kind) => kind switch
    {
        ImpactKind.Co2eAvoided => 50_000_000,
        ImpactKind.RenewableCapacity => 100_000,
        ImpactKind.HectaresRestored => 1_000_000,
        _ => 50_000_000,
    };

    /// <summary>People are counted whole.</summary>
    public static bool IsWhole(ImpactKind kind) => kind == ImpactKind.PeopleReached;
}
