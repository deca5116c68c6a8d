using Microsoft.EntityFrameworkCore;

namespace BeneluxClimate.Domain.Persistence;

/// <summary>Hands out the configured provider's context as the provider-neutral <see cref="ClimateDbContext"/>.</summary>
internal sealed class ProviderDbContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<ClimateDbContext>
    where TContext : ClimateDbContext
{
    public ClimateDbContext CreateDbContext() => inner.CreateDbContext();

    public async Task<ClimateDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        await inner.CreateDbContextAsync(cancellationToken);
}
