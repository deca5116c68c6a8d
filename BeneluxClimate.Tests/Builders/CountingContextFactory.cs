using BeneluxClimate.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BeneluxClimate.Tests.Builders;

/// <summary>Hands out the real contexts and counts them, so a test can tell that something ran without a query.</summary>
public sealed class CountingContextFactory(IDbContextFactory<ClimateDbContext> inner) : IDbContextFactory<ClimateDbContext>
{
    private int created;

    public int Created => created;

    public ClimateDbContext CreateDbContext()
    {
        Interlocked.Increment(ref created);
        return inner.CreateDbContext();
    }

    public Task<ClimateDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref created);
        return inner.CreateDbContextAsync(cancellationToken);
    }
}
