using BeneluxClimate.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BeneluxClimate.Domain.Live;

/// <summary>Reads a topic's current sequence number, for a view restored from an earlier render to check it missed nothing.</summary>
public sealed class TopicSequenceReader(IDbContextFactory<ClimateDbContext> contexts)
{
    public async Task<long> CurrentAsync(string topic, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.CurrentSequenceAsync(topic, ct);
    }
}
