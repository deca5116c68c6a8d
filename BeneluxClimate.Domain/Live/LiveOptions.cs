namespace BeneluxClimate.Domain.Live;

/// <summary>Live bus settings (section "Live"); production defaults.</summary>
public sealed class LiveOptions
{
    public const string Section = "Live";

    /// <summary>Events waiting for delivery before publishers wait too.</summary>
    public int QueueCapacity { get; set; } = 10_000;

    /// <summary>Undelivered events one subscriber may fall behind by before they are dropped and it is told to resync.</summary>
    public int SubscriberBacklog { get; set; } = 1_000;

    /// <summary>The Redis pub/sub channel the nodes relay events on (when <c>ConnectionStrings:Redis</c> is set).</summary>
    public string RedisChannel { get; set; } = "benelux-climate:live";
}
