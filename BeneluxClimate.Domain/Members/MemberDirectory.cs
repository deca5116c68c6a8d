using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Organisations;
using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Domain.Security;
using Microsoft.EntityFrameworkCore;

namespace BeneluxClimate.Domain.Members;

/// <summary>
/// The member directory: onboarded members only, public profiles only for anonymous visitors, searched
/// case- and accent-insensitively, filtered, counted per filter value and paged.
/// </summary>
public sealed class MemberDirectory(IDbContextFactory<ClimateDbContext> contexts, DirectoryCountCache counts)
{
    public const string Joined = "MemberJoined";
    public const string Updated = "MemberUpdated";
    public const string Hidden = "MemberHidden";

    /// <summary>Moderation took the card (the payload) out of the directory: it leaves lists and counts.</summary>
    public const string Removed = "MemberRemoved";

    /// <summary>Moderation put the card (the payload) back: it returns to lists and counts.</summary>
    public const string Restored = "MemberRestored";

    /// <summary>The topic a viewer follows: members see members-only cards too, visitors only public ones.</summary>
    public static string TopicFor(Actor viewer) => viewer.IsSignedIn ? LiveTopics.DirectoryForMembers : LiveTopics.Directory;

    public async Task<Result<DirectoryResult>> SearchAsync(Actor viewer, DirectoryQuery query, CancellationToken ct = default)
    {
        if (!IsValid(query))
        {
            return Result<DirectoryResult>.Refused(Refusal.InvalidInput);
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var sequence = await db.CurrentSequenceAsync(TopicFor(viewer), ct);
        var filtered = Filter(db, viewer, query);
        var (total, facets) = await counts.GetOrAddAsync(sequence, viewer.IsSignedIn, query, () => CountAsync(db, viewer, query, ct));
        var rows = Project(db, filtered);
        var ordered = query.Sort == DirectorySort.Name
            ? rows.OrderBy(c => c.DisplayName).ThenBy(c => c.UserId)
            : rows.OrderByDescending(c => c.OnboardedAtUtc).ThenBy(c => c.UserId);
        var page = await ordered.Skip(query.PageIndex * DirectoryQuery.PageSize).Take(DirectoryQuery.PageSize).ToListAsync(ct);
        var organisations = await OrganisationsOfAsync(db, page.Select(r => r.UserId).ToList(), ct);
        var cards = page.Select(r => r.ToCard(organisations)).ToList();
        return Result<DirectoryResult>.Ok(new DirectoryResult(
            new Page<DirectoryCard>(cards, total, query.PageIndex, DirectoryQuery.PageSize), facets, sequence));
    }

    /// <summary>The card of one member as the directory shows it (null before onboarding, and while hidden unless asked for).</summary>
    public static async Task<DirectoryCard?> CardAsync(ClimateDbContext db, string userId, CancellationToken ct, bool includeHidden = false)
    {
        var row = await Project(db, db.MemberProfiles.AsNoTracking().Where(p => p.UserId == userId && p.OnboardedAtUtc != null && (includeHidden || !p.IsHidden)))
            .SingleOrDefaultAsync(ct);
        return row?.ToCard(await OrganisationsOfAsync(db, [userId], ct));
    }

    /// <summary>The active organisation of each of these members, in one query.</summary>
    private static async Task<Dictionary<string, (int Id, string Name)>> OrganisationsOfAsync(ClimateDbContext db, List<string> userIds, CancellationToken ct) =>
        await db.OrganisationMemberships.AsNoTracking()
            .Where(m => userIds.Contains(m.UserId) && m.Status == OrganisationMembershipStatus.Active)
            .Join(db.Organisations, m => m.OrganisationId, o => o.Id, (m, o) => new { m.UserId, o.Id, o.Name })
            .ToDictionaryAsync(x => x.UserId, x => (x.Id, x.Name), ct);

    private static bool IsValid(DirectoryQuery query) =>
        (query.Text?.Length ?? 0) <= DirectoryQuery.TextMaxLength
        && (query.Country is null || Countries.IsKnown(query.Country))
        && (query.Region is null || (query.Country is not null ? Regions.IsRegionOf(query.Region, query.Country) : Regions.ByCountry.Values.Any(r => r.Contains(query.Region))))
        && (query.ActorType is null || Enum.IsDefined(query.ActorType.Value))
        && (query.Theme is null || Enum.IsDefined(query.Theme.Value))
        && (query.Language is null || SpokenLanguages.IsKnown(query.Language))
        && Enum.IsDefined(query.Sort)
        && query.PageIndex is >= 0 and <= 10_000;

    private static IQueryable<MemberProfile> Filter(ClimateDbContext db, Actor viewer, DirectoryQuery query)
    {
        var profiles = db.MemberProfiles.AsNoTracking().Where(p => p.OnboardedAtUtc != null && !p.IsHidden);
        if (!viewer.IsSignedIn)
        {
            profiles = profiles.Where(p => p.Visibility == ProfileVisibility.Public);
        }

        var text = query.FoldedText;
        if (text.Length > 0)
        {
            profiles = profiles.Where(p => p.SearchText.Contains(text));
        }

        if (query.Country is { } country)
        {
            profiles = profiles.Where(p => p.CountryCode == country);
        }

        if (query.Region is { } region)
        {
            var regionCountry = Regions.CountryOf(region); // lets the index that starts with the country serve the region
            profiles = profiles.Where(p => p.CountryCode == regionCountry && p.RegionCode == region);
        }

        if (query.ActorType is { } actorType)
        {
            profiles = profiles.Where(p => p.ActorType == actorType);
        }

        if (query.Theme is { } theme)
        {
            var bit = TaxonomyMasks.Bit(theme);
            profiles = profiles.Where(p => (p.ThemeMask & bit) != 0);
        }

        if (query.Language is { } language)
        {
            var bit = TaxonomyMasks.Bit(language);
            profiles = profiles.Where(p => (p.LanguageMask & bit) != 0);
        }

        return profiles;
    }

    private static IQueryable<CardRow> Project(ClimateDbContext db, IQueryable<MemberProfile> profiles) =>
        from p in profiles
        join u in db.Users on p.UserId equals u.Id
        select new CardRow
        {
            UserId = p.UserId,
            DisplayName = u.DisplayName,
            Headline = p.Headline,
            CountryCode = p.CountryCode,
            RegionCode = p.RegionCode,
            ActorType = p.ActorType,
            Themes = p.Themes,
            Languages = p.Languages,
            Visibility = p.Visibility,
            OnboardedAtUtc = p.OnboardedAtUtc!.Value,
            SearchText = p.SearchText,
        };

    /// <summary>
    /// The total and every filter's counts, each counted with the other filters applied, from three grouped queries
    /// over a narrow covering index: members per (country, region, actor type), per theme combination and per
    /// language combination. Cached per directory sequence number.
    /// </summary>
    private static async Task<(int Total, DirectoryFacets Facets)> CountAsync(ClimateDbContext db, Actor viewer, DirectoryQuery query, CancellationToken ct)
    {
        var places = await Filter(db, viewer, query with { Country = null, Region = null, ActorType = null })
            .GroupBy(p => new { p.CountryCode, p.RegionCode, p.ActorType })
            .Select(g => new PlaceCount(g.Key.CountryCode, g.Key.RegionCode, g.Key.ActorType, g.Count()))
            .ToListAsync(ct);
        var themeMasks = await Filter(db, viewer, query with { Theme = null }).GroupBy(p => p.ThemeMask)
            .Select(g => new MaskCount(g.Key, g.Count())).ToListAsync(ct);
        var languageMasks = await Filter(db, viewer, query with { Language = null }).GroupBy(p => p.LanguageMask)
            .Select(g => new MaskCount(g.Key, g.Count())).ToListAsync(ct);

        IEnumerable<PlaceCount> Places(DirectoryQuery filters) => places.Where(p => p.Matches(filters));
        var facets = new DirectoryFacets(
            Places(query with { Country = null }).GroupBy(p => p.CountryCode).ToDictionary(g => g.Key, g => g.Sum(p => p.Count)),
            Places(query with { Region = null }).Where(p => p.RegionCode != null).GroupBy(p => p.RegionCode!).ToDictionary(g => g.Key, g => g.Sum(p => p.Count)),
            Places(query with { ActorType = null }).GroupBy(p => p.ActorType).ToDictionary(g => g.Key, g => g.Sum(p => p.Count)),
            CountBits(themeMasks, Enum.GetValues<Theme>(), TaxonomyMasks.Bit),
            CountBits(languageMasks, SpokenLanguages.All, TaxonomyMasks.Bit));
        return (Places(query).Sum(p => p.Count), facets);
    }

    /// <summary>How many members carry each value, from the counts of each distinct combination of values.</summary>
    private static Dictionary<T, int> CountBits<T>(List<MaskCount> masks, IEnumerable<T> values, Func<T, int> bit)
        where T : notnull
    {
        var counts = new Dictionary<T, int>();
        foreach (var value in values)
        {
            var b = bit(value);
            var count = masks.Where(m => (m.Mask & b) != 0).Sum(m => m.Count);
            if (count > 0)
            {
                counts[value] = count;
            }
        }

        return counts;
    }

    private sealed record MaskCount(int Mask, int Count);

    private sealed record PlaceCount(string CountryCode, string? RegionCode, ActorType ActorType, int Count)
    {
        public bool Matches(DirectoryQuery query) =>
            (query.Country is null || CountryCode == query.Country)
            && (query.Region is null || RegionCode == query.Region)
            && (query.ActorType is null || ActorType == query.ActorType);
    }

    private sealed class CardRow
    {
        public string UserId { get; init; } = "";
        public string DisplayName { get; init; } = "";
        public string Headline { get; init; } = "";
        public string CountryCode { get; init; } = "";
        public string? RegionCode { get; init; }
        public ActorType ActorType { get; init; }
        public List<Theme> Themes { get; init; } = [];
        public List<string> Languages { get; init; } = [];
        public ProfileVisibility Visibility { get; init; }
        public DateTimeOffset OnboardedAtUtc { get; init; }
        public string SearchText { get; init; } = "";

        public DirectoryCard ToCard(IReadOnlyDictionary<string, (int Id, string Name)> organisations) =>
            new(UserId, DisplayName, Headline, organisations.TryGetValue(UserId, out var o) ? o.Id : null, organisations.TryGetValue(UserId, out var n) ? n.Name : null, CountryCode, RegionCode,
            ActorType, Themes, Languages, Visibility, OnboardedAtUtc, SearchText);
    }
}
