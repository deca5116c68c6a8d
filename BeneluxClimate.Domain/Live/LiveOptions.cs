namespace BeneluxClimate.Domain.Live;

/// <summary>Live bus settings (section "Live"); production defaults.</summary>
public sealed class LiveOptions
{
    public const string Section = "Live";

    /// <summary>Events waiting for delivery before publishers wait too.</summary>
    public int QueueCapacity { get; set; } = 10_000;

    /// <summary>Undelivered events one subscriber may fall behind by before they are dropped and it is told to resync.</summary>
    public int SubscriberBacklog { get; set; } = 1_000;
}
