using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Domain.Security;
using Microsoft.EntityFrameworkCore;

namespace BeneluxClimate.Domain.Partnerships;

/// <summary>
/// Reading proposals: one page for a viewer, lists with filters, newest activity first or "suggested for me" with a
/// reason per suggestion, and following.
/// </summary>
public sealed class ProposalDirectory(IDbContextFactory<ClimateDbContext> contexts, Commands commands, WriteRateLimiter limiter, TimeProvider time)
{
    /// <summary>Suggestions are scored among this many most recently active open proposals.</summary>
    public const int SuggestionCandidates = 500;

    public async Task<Result<ProposalDetails>> GetAsync(Actor viewer, int proposalId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await GetAsync(db, viewer, proposalId, ct);
    }

    /// <summary>The page with its topic's sequence number, read first on the same connection so no change falls between.</summary>
    public async Task<(Result<ProposalDetails> Details, long Sequence)> GetWithSequenceAsync(Actor viewer, int proposalId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var sequence = await db.CurrentSequenceAsync(LiveTopics.Proposal(proposalId), ct);
        return (await GetAsync(db, viewer, proposalId, ct), sequence);
    }

    private static async Task<Result<ProposalDetails>> GetAsync(ClimateDbContext db, Actor viewer, int proposalId, CancellationToken ct)
    {
        // The viewer's follow and interest come with the proposal in one command (nothing matches for a visitor).
        var userId = viewer.UserId;
        var row = await db.Proposals.AsNoTracking().Where(p => p.Id == proposalId).Select(p => new
        {
            Proposal = p,
            Follows = db.ProposalFollowers.Any(f => f.ProposalId == p.Id && f.UserId == userId),
            Interest = db.Interests.Where(i => i.ProposalId == p.Id && i.UserId == userId).Select(i => (InterestStatus?)i.Status).FirstOrDefault(),
        }).SingleOrDefaultAsync(ct);
        if (row is null || !ProposalReads.MaySee(viewer, row.Proposal))
        {
            return Result<ProposalDetails>.Refused(Refusal.NotFound);
        }

        var (proposal, follows, interest) = (row.Proposal, viewer.IsSignedIn && row.Follows, viewer.IsSignedIn ? row.Interest : null);
        return Result<ProposalDetails>.Ok(new ProposalDetails(
            await ProposalReads.ViewAsync(db, proposal, ct), proposal.AuthorId == viewer.UserId, viewer.IsModerator, viewer.IsSignedIn, follows, interest));
    }

    /// <summary>The sequence number of a proposal's topic, read before its page so no change falls between.</summary>
    public async Task<long> SequenceAsync(int proposalId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.CurrentSequenceAsync(LiveTopics.Proposal(proposalId), ct);
    }

    public async Task<Result<ProposalList>> ListAsync(Actor viewer, ProposalQuery query, CancellationToken ct = default)
    {
        if (!IsValid(query))
        {
            return Result<ProposalList>.Refused(Refusal.InvalidInput);
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var sequence = await db.CurrentSequenceAsync(LiveTopics.Proposals, ct);
        var filtered = Filter(db, query);
        if (query.SuggestedForMe && viewer.IsSignedIn)
        {
            return Result<ProposalList>.Ok(new ProposalList(await SuggestedAsync(db, viewer, query, filtered, ct), sequence));
        }

        var total = await filtered.CountAsync(ct);
        var page = await filtered.OrderByDescending(p => p.LastActivityAtUtc).ThenByDescending(p => p.Id)
            .Skip(query.PageIndex * ProposalQuery.PageSize).Take(ProposalQuery.PageSize).ToListAsync(ct);
        var items = (await ProposalReads.CardsAsync(db, page, ct)).Select(c => new ProposalListItem(c, null)).ToList();
        return Result<ProposalList>.Ok(new ProposalList(new Page<ProposalListItem>(items, total, query.PageIndex, ProposalQuery.PageSize), sequence));
    }

    /// <summary>What the edit form starts from: the stored input (the Markdown, not the HTML) with its version; the author only.</summary>
    public async Task<Result<ProposalInput>> InputForEditAsync(Actor author, int proposalId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var p = await db.Proposals.AsNoTracking().SingleOrDefaultAsync(p => p.Id == proposalId, ct);
        if (p is null || !ProposalReads.MaySee(author, p))
        {
            return Result<ProposalInput>.Refused(Refusal.NotFound);
        }

        if (!author.IsSignedIn || p.AuthorId != author.UserId)
        {
            return Result<ProposalInput>.Refused(author.Denied());
        }

        var call = p.FundingCallName is { } name ? new FundingCall(name, p.FundingCallUrl, p.FundingCallDeadlineUtc) : null;
        return Result<ProposalInput>.Ok(new ProposalInput(p.CreationId, p.Title, p.Summary, p.Body, p.Offer, p.Seek, p.SoughtActorTypes,
            p.SoughtCountries, p.Themes, p.Countries, p.LinkedProjectId, call, p.Version));
    }

    /// <summary>Follows or unfollows (followers hear of status changes); repeating either changes nothing.</summary>
    public async Task<CommandResult> FollowAsync(Actor actor, int proposalId, bool follow, CancellationToken ct = default)
    {
        await using var command = await commands.BeginAsync(actor, ct);
        if (command.Refused is { } standing)
        {
            return CommandResult.Refused(standing);
        }

        actor = command.Actor;
        var db = command.Db;

        if (!actor.IsSignedIn)
        {
            return CommandResult.Refused(Refusal.NotSignedIn);
        }

        var proposal = await db.Proposals.AsNoTracking().SingleOrDefaultAsync(p => p.Id == proposalId, ct);
        if (proposal is null || !ProposalReads.MaySee(actor, proposal))
        {
            return CommandResult.Refused(Refusal.NotFound);
        }

        var existing = await db.ProposalFollowers.SingleOrDefaultAsync(f => f.ProposalId == proposalId && f.UserId == actor.UserId, ct);
        if ((existing is not null) == follow)
        {
            return CommandResult.Ok;
        }

        if (!limiter.TryAcquire(nameof(FollowAsync), actor.UserId!))
        {
            return CommandResult.Refused(Refusal.RateLimited);
        }

        if (follow)
        {
            db.ProposalFollowers.Add(new ProposalFollower { ProposalId = proposalId, UserId = actor.UserId!, FollowedAtUtc = time.GetUtcNow() });
        }
        else
        {
            db.ProposalFollowers.Remove(existing!);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // the same click twice at once
        }

        return CommandResult.Ok;
    }

    /// <summary>Why a proposal suits a member: the actor type and country it seeks, and shared themes.</summary>
    public static Suggestion? Suggest(ProposalCard card, ActorType viewerType, string viewerCountry, int viewerThemeMask)
    {
        var type = card.SoughtActorTypes.Contains(viewerType) ? viewerType : (ActorType?)null;
        var country = card.SoughtCountries.Contains(viewerCountry) || (card.SoughtCountries.Count == 0 && card.Countries.Contains(viewerCountry))
            ? viewerCountry : null;
        var themes = card.Themes.Where(t => (viewerThemeMask & TaxonomyMasks.Bit(t)) != 0).ToList();
        var score = (type is null ? 0 : 4) + (country is null ? 0 : 3) + themes.Count;
        return score == 0 ? null : new Suggestion(score, type, country, themes);
    }

    private async Task<Page<ProposalListItem>> SuggestedAsync(ClimateDbContext db, Actor viewer, ProposalQuery query, IQueryable<Proposal> filtered, CancellationToken ct)
    {
        var profile = await db.MemberProfiles.AsNoTracking().Where(p => p.UserId == viewer.UserId && p.OnboardedAtUtc != null)
            .Select(p => new { p.ActorType, p.CountryCode, p.ThemeMask }).SingleOrDefaultAsync(ct);
        if (profile is null)
        {
            return new Page<ProposalListItem>([], 0, query.PageIndex, ProposalQuery.PageSize);
        }

        var typeBit = Proposal.ActorTypeBit(profile.ActorType);
        var countryKey = CountryKey.Of(profile.CountryCode);
        var candidates = await filtered
            .Where(p => p.AuthorId != viewer.UserId && (p.Status == ProposalStatus.Open || p.Status == ProposalStatus.InDiscussion))
            .Where(p => (p.SoughtActorTypeMask & typeBit) != 0 || p.CountryKey.Contains(countryKey) || (p.ThemeMask & profile.ThemeMask) != 0
                || p.SoughtCountries.Contains(profile.CountryCode))
            .OrderByDescending(p => p.LastActivityAtUtc).Take(SuggestionCandidates).ToListAsync(ct);
        var scored = (await ProposalReads.CardsAsync(db, candidates, ct))
            .Select(c => new ProposalListItem(c, Suggest(c, profile.ActorType, profile.CountryCode, profile.ThemeMask)))
            .Where(i => i.Suggestion is not null)
            .OrderByDescending(i => i.Suggestion!.Score).ThenByDescending(i => i.Card.LastActivityAtUtc)
            .ToList();
        var page = scored.Skip(query.PageIndex * ProposalQuery.PageSize).Take(ProposalQuery.PageSize).ToList();
        return new Page<ProposalListItem>(page, scored.Count, query.PageIndex, ProposalQuery.PageSize);
    }

    private static bool IsValid(ProposalQuery query) =>
        (query.Text?.Length ?? 0) <= ProposalQuery.TextMaxLength
        && (query.Theme is null || Enum.IsDefined(query.Theme.Value))
        && (query.Country is null || Countries.IsKnown(query.Country))
        && (query.Status is null || Enum.IsDefined(query.Status.Value))
        && (query.SoughtActorType is null || Enum.IsDefined(query.SoughtActorType.Value))
        && query.PageIndex is >= 0 and <= 1_000;

    private static IQueryable<Proposal> Filter(ClimateDbContext db, ProposalQuery query)
    {
        var proposals = ProposalReads.Visible(db);
        var text = query.FoldedText;
        if (text.Length > 0)
        {
            proposals = proposals.Where(p => p.SearchText.Contains(text));
        }

        if (query.Theme is { } theme)
        {
            var bit = TaxonomyMasks.Bit(theme);
            proposals = proposals.Where(p => (p.ThemeMask & bit) != 0);
        }

        if (query.Country is { } country)
        {
            var key = CountryKey.Of(country);
            proposals = proposals.Where(p => p.CountryKey.Contains(key));
        }

        if (query.Status is { } status)
        {
            proposals = proposals.Where(p => p.Status == status);
        }

        if (query.SoughtActorType is { } type)
        {
            var bit = Proposal.ActorTypeBit(type);
            proposals = proposals.Where(p => (p.SoughtActorTypeMask & bit) != 0);
        }

        return proposals;
    }
}
