namespace BeneluxClimate.Domain.Cluster;

/// <summary>A named piece of work one node at a time may do, held by a node until it lets go or the lease runs out.</summary>
public sealed class ClusterLease
{
    public const int NameMaxLength = 64;
    public const int HolderMaxLength = 160;

    public required string Name { get; init; }

    public required string Holder { get; set; }

    public DateTimeOffset ExpiresAtUtc { get; set; }
}
