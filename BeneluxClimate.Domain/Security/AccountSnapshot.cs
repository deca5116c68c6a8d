namespace BeneluxClimate.Domain.Security;

/// <summary>What an open session needs to re-check about its account: stamp, lockout, roles.</summary>
public sealed record AccountSnapshot(string? SecurityStamp, DateTimeOffset? LockoutEndUtc, IReadOnlySet<string> Roles)
{
    public bool IsLockedOut(DateTimeOffset nowUtc) => LockoutEndUtc is { } end && end > nowUtc;
}
