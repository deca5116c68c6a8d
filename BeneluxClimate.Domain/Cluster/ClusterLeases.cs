using BeneluxClimate.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BeneluxClimate.Domain.Cluster;

/// <summary>
/// Work that must run once across all app nodes (demo seeding, announcing scheduled news) takes a lease in the shared
/// database first. A lease is taken by one conditional update or insert, so two nodes racing for it cannot both win on
/// either provider; a node that dies loses its leases when they run out.
/// </summary>
public sealed class ClusterLeases(IDbContextFactory<ClimateDbContext> contexts, TimeProvider time)
{
    private static readonly TimeSpan RetryEvery = TimeSpan.FromMilliseconds(250);

    /// <summary>This process, as lease holder: unique even for two processes on one machine with the same id.</summary>
    public string Node { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>Takes the lease, or renews it when this node holds it; false while another node holds it.</summary>
    public async Task<bool> TryHoldAsync(string name, TimeSpan duration, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var until = now + duration;
        var node = Node;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var taken = await db.ClusterLeases
            .Where(l => l.Name == name && (l.Holder == node || l.ExpiresAtUtc < now))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, node).SetProperty(l => l.ExpiresAtUtc, until), ct);
        if (taken == 1)
        {
            return true;
        }

        if (await db.ClusterLeases.AnyAsync(l => l.Name == name, ct))
        {
            return false; // another node holds it: no insert bound to fail (EF logs each failed save as an error)
        }

        db.ClusterLeases.Add(new ClusterLease { Name = name, Holder = node, ExpiresAtUtc = until });
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            return false; // another node inserted it just now and holds the lease
        }
    }

    /// <summary>Lets go of the lease at once, if this node holds it.</summary>
    public async Task ReleaseAsync(string name, CancellationToken ct = default)
    {
        var node = Node;
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.ClusterLeases.Where(l => l.Name == name && l.Holder == node).ExecuteDeleteAsync(ct);
    }

    /// <summary>Waits until this node holds the lease; disposing the result lets go of it.</summary>
    public async Task<IAsyncDisposable> HoldAsync(string name, TimeSpan duration, CancellationToken ct = default)
    {
        while (!await TryHoldAsync(name, duration, ct))
        {
            await Task.Delay(RetryEvery, time, ct);
        }

        return new Held(this, name);
    }

    private sealed class Held(ClusterLeases leases, string name) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await leases.ReleaseAsync(name);
    }
}
