using BeneluxClimate.Domain.Organisations;
using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Domain.Security;
using Microsoft.EntityFrameworkCore;

namespace BeneluxClimate.Domain.Showcase;

/// <summary>The showcase's shared reads: cards, a project page's content, and who may edit a project.</summary>
internal static class ShowcaseReads
{
    /// <summary>Published projects that are not hidden: what the board and the dashboard show.</summary>
    public static IQueryable<Project> OnBoard(ClimateDbContext db) =>
        db.Projects.AsNoTracking().Where(p => p.Status == ProjectStatus.Published && !p.IsHidden);

    public static IQueryable<ProjectCard> Cards(ClimateDbContext db, IQueryable<Project> projects) =>
        from p in projects
        join o in db.Organisations on p.LeadOrganisationId equals o.Id
        select new ProjectCard(p.Id, p.Title, p.Summary, p.Stage, p.LeadOrganisationId, o.Name, p.Countries, p.Themes,
            p.LookingFor, p.ContactMemberIds, p.UpdatedAtUtc, p.SearchText);

    public static Task<ProjectCard?> CardAsync(ClimateDbContext db, int projectId, CancellationToken ct) =>
        Cards(db, OnBoard(db).Where(p => p.Id == projectId)).SingleOrDefaultAsync(ct);

    /// <summary>The organisation the member is an active member of, or null.</summary>
    public static Task<int?> OrganisationOfAsync(ClimateDbContext db, string? userId, CancellationToken ct) =>
        userId is null
            ? Task.FromResult<int?>(null)
            : db.OrganisationMemberships.AsNoTracking()
                .Where(m => m.UserId == userId && m.Status == OrganisationMembershipStatus.Active)
                .Select(m => (int?)m.OrganisationId).SingleOrDefaultAsync(ct);

    /// <summary>Members of the lead organisation and the project's contact members edit it.</summary>
    public static async Task<bool> CanEditAsync(ClimateDbContext db, Actor actor, Project project, CancellationToken ct) =>
        actor.IsSignedIn && (project.ContactMemberIds.Contains(actor.UserId!)
            || await OrganisationOfAsync(db, actor.UserId, ct) == project.LeadOrganisationId);

    /// <summary>Drafts and hidden projects are for their editors and moderators only.</summary>
    public static bool IsPublic(Project project) => project.Status != ProjectStatus.Draft && !project.IsHidden;

    public static async Task<ProjectView> ViewAsync(ClimateDbContext db, Project p, CancellationToken ct)
    {
        var organisationIds = p.PartnerOrganisationIds.Append(p.LeadOrganisationId).ToList();
        var organisations = await db.Organisations.AsNoTracking().Where(o => organisationIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var contacts = await db.Users.AsNoTracking().Where(u => p.ContactMemberIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        NamedLink Organisation(int id) => new(id.ToString(System.Globalization.CultureInfo.InvariantCulture), organisations.GetValueOrDefault(id, ""));
        return new ProjectView(p.Id, p.Title, p.Summary, p.DescriptionHtml, p.Themes, p.Countries, p.Regions, p.Stage, p.Status, p.IsHidden,
            Organisation(p.LeadOrganisationId),
            p.PartnerOrganisationIds.Where(organisations.ContainsKey).Select(Organisation).ToList(),
            p.ContactMemberIds.Where(contacts.ContainsKey).Select(id => new NamedLink(id, contacts[id])).ToList(),
            p.StartDate, p.EndDate, p.Links, p.LookingFor, p.Impact, p.FollowerCount, p.UpdatedAtUtc, p.Version);
    }
}
