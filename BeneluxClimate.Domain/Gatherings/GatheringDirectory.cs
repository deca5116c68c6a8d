using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Domain.Security;
using Microsoft.EntityFrameworkCore;

namespace BeneluxClimate.Domain.Gatherings;

/// <summary>Reading events: upcoming and past lists with filters, a month for the calendar, and one event for a viewer.</summary>
public sealed class GatheringDirectory(IDbContextFactory<ClimateDbContext> contexts, TimeProvider time)
{
    public async Task<Result<GatheringList>> ListAsync(GatheringQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!IsValid(query))
        {
            return Result<GatheringList>.Refused(Refusal.InvalidInput);
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var sequence = await db.CurrentSequenceAsync(LiveTopics.Events, ct);
        var events = Filter(GatheringReads.Visible(db), query);
        var now = time.GetUtcNow();
        if (query.Month is { } month)
        {
            var (from, to) = MonthRange(month);
            var inMonth = await events.Where(g => g.StartsAtUtc < to && g.EndsAtUtc > from)
                .OrderBy(g => g.StartsAtUtc).ThenBy(g => g.Id).Take(GatheringQuery.MonthLimit).ToListAsync(ct);
            return Result<GatheringList>.Ok(new GatheringList(new Page<GatheringCard>(inMonth.Select(GatheringCard.Of).ToList(), inMonth.Count, 0, GatheringQuery.MonthLimit), sequence));
        }

        events = query.Past
            ? events.Where(g => g.EndsAtUtc <= now).OrderByDescending(g => g.StartsAtUtc).ThenByDescending(g => g.Id)
            : events.Where(g => g.EndsAtUtc > now).OrderBy(g => g.StartsAtUtc).ThenBy(g => g.Id);
        var total = await events.CountAsync(ct);
        var page = await events.Skip(query.PageIndex * GatheringQuery.PageSize).Take(GatheringQuery.PageSize).ToListAsync(ct);
        return Result<GatheringList>.Ok(new GatheringList(
            new Page<GatheringCard>(page.Select(GatheringCard.Of).ToList(), total, query.PageIndex, GatheringQuery.PageSize), sequence));
    }

    /// <summary>The UTC bounds of a calendar month in Brussels time.</summary>
    public static (DateTimeOffset From, DateTimeOffset To) MonthRange(DateOnly month)
    {
        var first = new DateTime(month.Year, month.Month, 1, 0, 0, 0, DateTimeKind.Unspecified);
        return (BrusselsTime.ToUtc(first), BrusselsTime.ToUtc(first.AddMonths(1)));
    }

    /// <summary>Whether the card matches the query's filters (for live additions to an open list; time ranges aside).</summary>
    public static bool Matches(GatheringCard card, GatheringQuery query) =>
        !card.IsHidden
        && (query.Theme is not { } theme || card.Themes.Contains(theme))
        && (query.Format is not { } format || card.Format == format)
        && (query.Country is not { } country || card.VenueCountryCode == country)
        && (query.Language is not { } language || card.Languages.Contains(language));

    public async Task<Result<GatheringDetails>> GetAsync(Actor viewer, int gatheringId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var gathering = await db.Gatherings.AsNoTracking().SingleOrDefaultAsync(g => g.Id == gatheringId, ct);
        if (gathering is null || !GatheringReads.MaySee(viewer, gathering))
        {
            return Result<GatheringDetails>.Refused(Refusal.NotFound);
        }

        MemberRegistration? mine = null;
        if (viewer.IsSignedIn)
        {
            var registration = await db.Registrations.AsNoTracking().SingleOrDefaultAsync(r => r.GatheringId == gatheringId && r.MemberId == viewer.UserId, ct);
            if (registration is not null)
            {
                int? position = registration.Status == RegistrationStatus.Waitlisted
                    ? await GatheringReads.WaitlistPositionAsync(db, gatheringId, registration, ct) : null;
                mine = new MemberRegistration(gatheringId, viewer.UserId!, registration.Status, position, registration.RequestedAtUtc,
                    registration.Status == RegistrationStatus.Registered ? gathering.MeetingUrl : null);
            }
        }

        var mayEdit = GatheringReads.MayEdit(viewer, gathering);
        var meetingUrl = mayEdit || mine?.Status == RegistrationStatus.Registered ? gathering.MeetingUrl : null;
        return Result<GatheringDetails>.Ok(new GatheringDetails(
            await GatheringReads.ViewAsync(db, gathering, ct), meetingUrl, mine, viewer.IsSignedIn, mayEdit, mayEdit));
    }

    /// <summary>The sequence of an event's topic, read before its page so no change falls between.</summary>
    public async Task<long> SequenceAsync(int gatheringId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.CurrentSequenceAsync(LiveTopics.Event(gatheringId), ct);
    }

    /// <summary>What the edit form starts from: the stored input (Markdown, Brussels wall clock) with its version; hosts and admins.</summary>
    public async Task<Result<GatheringInput>> InputForEditAsync(Actor actor, int gatheringId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var g = await db.Gatherings.AsNoTracking().SingleOrDefaultAsync(g => g.Id == gatheringId, ct);
        if (g is null || !GatheringReads.MaySee(actor, g))
        {
            return Result<GatheringInput>.Refused(Refusal.NotFound);
        }

        if (!GatheringReads.MayEdit(actor, g))
        {
            return Result<GatheringInput>.Refused(actor.IsSignedIn ? Refusal.Forbidden : Refusal.NotSignedIn);
        }

        static DateTime Local(DateTimeOffset utc) => BrusselsTime.FromUtc(utc).DateTime;
        return Result<GatheringInput>.Ok(new GatheringInput(g.CreationId, g.Title, g.Description, g.Format, Local(g.StartsAtUtc), Local(g.EndsAtUtc),
            g.RegistrationDeadlineUtc is { } d ? Local(d) : null, g.VenueName, g.VenueAddress, g.VenueCountryCode, g.MeetingUrl, g.Capacity,
            g.RequiresRegistration, g.Themes, g.Languages, g.CoHostIds, g.Version));
    }

    /// <summary>Members a host may name as co-hosts, by name (at most 20): for those who may run events only.</summary>
    public async Task<Result<IReadOnlyList<(string Id, string Name)>>> FindMembersAsync(Actor actor, string? text, CancellationToken ct = default)
    {
        if (!GatheringReads.MayCreate(actor))
        {
            return Result<IReadOnlyList<(string Id, string Name)>>.Refused(actor.Denied());
        }

        var folded = SearchText.Normalize(text);
        if (folded.Length < 2 || folded.Length > 80)
        {
            return Result<IReadOnlyList<(string Id, string Name)>>.Ok([]);
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var found = await db.Users.AsNoTracking().Where(u => u.SearchText.Contains(folded)).OrderBy(u => u.DisplayName).Take(20)
            .Select(u => new { u.Id, u.DisplayName }).ToListAsync(ct);
        return Result<IReadOnlyList<(string Id, string Name)>>.Ok(found.Select(u => (u.Id, u.DisplayName)).ToList());
    }

    /// <summary>Display names of the given members (co-hosts), at most <see cref="Gathering.MaxCoHosts"/>: for those who may run events only.</summary>
    public async Task<Result<IReadOnlyDictionary<string, string>>> NamesAsync(Actor actor, IEnumerable<string> ids, CancellationToken ct = default)
    {
        if (!GatheringReads.MayCreate(actor))
        {
            return Result<IReadOnlyDictionary<string, string>>.Refused(actor.Denied());
        }

        var wanted = ids.Distinct().Take(Gathering.MaxCoHosts + 1).ToList();
        await using var db = await contexts.CreateDbContextAsync(ct);
        return Result<IReadOnlyDictionary<string, string>>.Ok(
            await db.Users.AsNoTracking().Where(u => wanted.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct));
    }

    private static bool IsValid(GatheringQuery query) =>
        (query.Theme is null || Enum.IsDefined(query.Theme.Value))
        && (query.Format is null || Enum.IsDefined(query.Format.Value))
        && (query.Country is null || Countries.IsKnown(query.Country))
        && (query.Language is null || SpokenLanguages.IsKnown(query.Language))
        && query.PageIndex is >= 0 and <= 1_000
        && (query.Month is null || query.Month.Value.Year is >= 2000 and <= 2100);

    private static IQueryable<Gathering> Filter(IQueryable<Gathering> events, GatheringQuery query)
    {
        if (query.Theme is { } theme)
        {
            var bit = TaxonomyMasks.Bit(theme);
            events = events.Where(g => (g.ThemeMask & bit) != 0);
        }

        if (query.Format is { } format)
        {
            events = events.Where(g => g.Format == format);
        }

        if (query.Country is { } country)
        {
            events = events.Where(g => g.VenueCountryCode == country);
        }

        if (query.Language is { } language)
        {
            var bit = TaxonomyMasks.Bit(language);
            events = events.Where(g => (g.LanguageMask & bit) != 0);
        }

        return events;
    }
}
