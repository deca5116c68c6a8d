using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BeneluxClimate.Domain.Showcase;

/// <summary>
/// The impact dashboard's figures over published projects, counted in SQL (three grouped queries) and remembered
/// per impact sequence number: every board change takes a new number and publishes the recounted figures.
/// </summary>
public sealed class ImpactDashboard(IDbContextFactory<ClimateDbContext> contexts)
{
    private ImpactSnapshot? latest;

    public async Task<ImpactSnapshot> GetAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var sequence = await db.CurrentSequenceAsync(LiveTopics.Impact, ct);
        if (latest is { } known && known.Sequence == sequence)
        {
            return known;
        }

        var counted = await CountAsync(db, sequence, ct);
        if (latest is null || latest.Sequence < sequence)
        {
            latest = counted;
        }

        return counted;
    }

    internal async Task<ImpactSnapshot> CountAsync(ClimateDbContext db, long sequence, CancellationToken ct)
    {
        var onBoard = ShowcaseReads.OnBoard(db);
        var totals = await onBoard.GroupBy(p => 1).Select(g => new
        {
            Projects = g.Count(),
            CrossBorder = g.Count(p => p.IsCrossBorder),
            Co2e = g.Sum(p => p.Co2eAvoided),
            Capacity = g.Sum(p => p.RenewableCapacity),
            Hectares = g.Sum(p => p.HectaresRestored),
            People = g.Sum(p => p.PeopleReached),
        }).SingleOrDefaultAsync(ct);
        var themeMasks = await onBoard.GroupBy(p => p.ThemeMask).Select(g => new { Mask = g.Key, Count = g.Count() }).ToListAsync(ct);
        var countryKeys = await onBoard.GroupBy(p => p.CountryKey).Select(g => new { Key = g.Key, Count = g.Count() }).ToListAsync(ct);

        var perTheme = Enum.GetValues<Theme>()
            .Select(t => (Theme: t, Count: themeMasks.Where(m => (m.Mask & TaxonomyMasks.Bit(t)) != 0).Sum(m => m.Count)))
            .Where(x => x.Count > 0).ToDictionary(x => x.Theme, x => x.Count);
        var perCountry = countryKeys
            .SelectMany(k => CountryKey.CountriesIn(k.Key).Select(c => (Country: c, k.Count)))
            .GroupBy(x => x.Country).ToDictionary(g => g.Key, g => g.Sum(x => x.Count));
        var sums = new Dictionary<ImpactKind, double>
        {
            [ImpactKind.Co2eAvoided] = totals?.Co2e ?? 0,
            [ImpactKind.RenewableCapacity] = totals?.Capacity ?? 0,
            [ImpactKind.HectaresRestored] = totals?.Hectares ?? 0,
            [ImpactKind.PeopleReached] = totals?.People ?? 0,
        };
        return new ImpactSnapshot(totals?.Projects ?? 0, totals?.CrossBorder ?? 0, sums, perTheme, perCountry, sequence);
    }

    /// <summary>Remembers figures a writer counted, so the next home page is served without counting again.</summary>
    internal void Remember(ImpactSnapshot snapshot)
    {
        if (latest is null || latest.Sequence < snapshot.Sequence)
        {
            latest = snapshot;
        }
    }
}
