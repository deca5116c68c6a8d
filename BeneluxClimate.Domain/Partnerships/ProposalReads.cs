using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Domain.Security;
using Microsoft.EntityFrameworkCore;

namespace BeneluxClimate.Domain.Partnerships;

/// <summary>The proposals' shared reads: who may see one, its card and its page content.</summary>
internal static class ProposalReads
{
    /// <summary>Hidden proposals are for their author and moderators only.</summary>
    public static bool MaySee(Actor viewer, Proposal proposal) => MaySee(viewer, proposal.IsHidden, proposal.AuthorId);

    public static bool MaySee(Actor viewer, bool isHidden, string authorId) =>
        !isHidden || viewer.IsModerator || viewer.UserId == authorId;

    public static IQueryable<Proposal> Visible(ClimateDbContext db) => db.Proposals.AsNoTracking().Where(p => !p.IsHidden);

    public static ProposalCard Card(Proposal p, MemberRef author) =>
        new(p.Id, p.Title, p.Summary, author, p.Status, p.Themes, p.Countries, p.SoughtActorTypes, p.SoughtCountries,
            p.FundingCallDeadlineUtc, p.CommentCount, p.InterestCount, p.CreatedAtUtc, p.LastActivityAtUtc, p.SearchText);

    public static async Task<List<ProposalCard>> CardsAsync(ClimateDbContext db, List<Proposal> proposals, CancellationToken ct)
    {
        var authors = await MemberRefs.LoadAsync(db, proposals.Select(p => p.AuthorId), ct);
        return proposals.Select(p => Card(p, MemberRefs.Of(authors, p.AuthorId))).ToList();
    }

    public static async Task<ProposalView> ViewAsync(ClimateDbContext db, Proposal p, CancellationToken ct)
    {
        var partnerIds = await db.Interests.AsNoTracking()
            .Where(i => i.ProposalId == p.Id && i.Status == InterestStatus.Accepted)
            .OrderBy(i => i.DecidedAtUtc).Select(i => i.UserId).ToListAsync(ct);
        var members = await MemberRefs.LoadAsync(db, partnerIds.Append(p.AuthorId), ct);
        var projectTitle = p.LinkedProjectId is { } projectId
            ? await db.Projects.AsNoTracking().Where(x => x.Id == projectId && x.Status != Showcase.ProjectStatus.Draft && !x.IsHidden)
                .Select(x => x.Title).SingleOrDefaultAsync(ct)
            : null;
        var call = p.FundingCallName is { } name ? new FundingCall(name, p.FundingCallUrl, p.FundingCallDeadlineUtc) : null;
        return new ProposalView(p.Id, p.Title, p.Summary, p.BodyHtml, p.Offer, p.Seek, MemberRefs.Of(members, p.AuthorId),
            p.SoughtActorTypes, p.SoughtCountries, p.Themes, p.Countries, projectTitle is null ? null : p.LinkedProjectId, projectTitle, call,
            p.Status, p.IsHidden, partnerIds.Select(id => MemberRefs.Of(members, id)).Where(m => !m.IsFormer).ToList(),
            p.CommentCount, p.InterestCount, p.CreatedAtUtc, p.UpdatedAtUtc, p.Version, p.IsLocked, p.SlowModeSeconds);
    }
}
