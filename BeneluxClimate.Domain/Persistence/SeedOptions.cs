namespace BeneluxClimate.Domain.Persistence;

/// <summary>Demo data settings (section "Seed"): on in Development only, so production never gets demo accounts.</summary>
public sealed class SeedOptions
{
    public const string Section = "Seed";

    public bool DemoData { get; set; }
}
