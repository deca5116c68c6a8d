using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Domain.Security;
using Microsoft.EntityFrameworkCore;

namespace BeneluxClimate.Domain.Showcase;

/// <summary>
/// A project's page for one viewer, and following it. Drafts and hidden projects are visible to their editors and
/// moderators only; to everyone else they do not exist.
/// </summary>
public sealed class ProjectPages(IDbContextFactory<ClimateDbContext> contexts, Commands commands, WriteRateLimiter limiter, ILiveBus bus, TimeProvider time)
{
    public const int OrganisationProjectLimit = 50;

    public async Task<Result<ProjectDetails>> GetAsync(Actor viewer, int projectId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var project = await db.Projects.AsNoTracking().SingleOrDefaultAsync(p => p.Id == projectId, ct);
        if (project is null)
        {
            return Result<ProjectDetails>.Refused(Refusal.NotFound);
        }

        var canEdit = await ShowcaseReads.CanEditAsync(db, viewer, project, ct);
        if (!ShowcaseReads.IsPublic(project) && !canEdit && !viewer.IsModerator)
        {
            return Result<ProjectDetails>.Refused(Refusal.NotFound);
        }

        var follows = viewer.IsSignedIn && await db.ProjectFollowers.AnyAsync(f => f.ProjectId == projectId && f.UserId == viewer.UserId, ct);
        return Result<ProjectDetails>.Ok(new ProjectDetails(await ShowcaseReads.ViewAsync(db, project, ct), canEdit, follows, viewer.IsModerator, viewer.IsSignedIn));
    }

    /// <summary>What the edit form starts from: the stored input (the Markdown, not the HTML) with its version; editors only.</summary>
    public async Task<Result<ProjectInput>> InputForEditAsync(Actor editor, int projectId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var p = await db.Projects.AsNoTracking().SingleOrDefaultAsync(p => p.Id == projectId, ct);
        if (p is null)
        {
            return Result<ProjectInput>.Refused(Refusal.NotFound);
        }

        if (!await ShowcaseReads.CanEditAsync(db, editor, p, ct))
        {
            return Result<ProjectInput>.Refused(editor.Denied());
        }

        return Result<ProjectInput>.Ok(new ProjectInput(p.CreationId, p.Title, p.Summary, p.Description, p.Themes, p.Countries, p.Regions, p.Stage,
            p.PartnerOrganisationIds, p.ContactMemberIds, p.StartDate, p.EndDate, p.Links, p.LookingFor, p.Impact, p.Version));
    }

    /// <summary>The sequence number of a project's topic, read before the page so no change falls between.</summary>
    public async Task<long> SequenceAsync(int projectId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.CurrentSequenceAsync(LiveTopics.Project(projectId), ct);
    }

    /// <summary>Any signed-in member who may see a project follows or unfollows it; repeating either changes nothing.</summary>
    public async Task<CommandResult> FollowAsync(Actor actor, int projectId, bool follow, CancellationToken ct = default)
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

        var project = await db.Projects.AsNoTracking().SingleOrDefaultAsync(p => p.Id == projectId, ct);
        if (project is null || (!ShowcaseReads.IsPublic(project) && !actor.IsModerator && !await ShowcaseReads.CanEditAsync(db, actor, project, ct)))
        {
            return CommandResult.Refused(Refusal.NotFound);
        }

        var existing = await db.ProjectFollowers.SingleOrDefaultAsync(f => f.ProjectId == projectId && f.UserId == actor.UserId, ct);
        if ((existing is not null) == follow)
        {
            return CommandResult.Ok;
        }

        if (!limiter.TryAcquire(nameof(FollowAsync), actor.UserId!))
        {
            return CommandResult.Refused(Refusal.RateLimited);
        }

        var now = time.GetUtcNow();
        long sequence;
        int count;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            if (follow)
            {
                db.ProjectFollowers.Add(new ProjectFollower { ProjectId = projectId, UserId = actor.UserId!, FollowedAtUtc = now });
            }
            else
            {
                db.ProjectFollowers.Remove(existing!);
            }

            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                return CommandResult.Ok; // the same click arrived twice at once
            }

            count = await db.ProjectFollowers.CountAsync(f => f.ProjectId == projectId, ct);
            await db.Projects.Where(p => p.Id == projectId).ExecuteUpdateAsync(s => s.SetProperty(p => p.FollowerCount, count), ct);
            sequence = await db.NextSequenceAsync(LiveTopics.Project(projectId), ct);
            await transaction.CommitAsync(ct);
        }

        var audience = ShowcaseReads.IsPublic(project) ? Audience.Public : Audience.Moderators;
        await bus.PublishAsync(new LiveEvent(LiveTopics.Project(projectId), sequence, ShowcaseEvents.FollowersChanged, count, audience, now));
        return CommandResult.Ok;
    }

    /// <summary>The published projects an organisation leads or takes part in, newest first (for its page).</summary>
    public async Task<IReadOnlyList<ProjectCard>> OfOrganisationAsync(int organisationId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var projects = ShowcaseReads.OnBoard(db)
            .Where(p => p.LeadOrganisationId == organisationId || p.PartnerOrganisationIds.Contains(organisationId))
            .OrderByDescending(p => p.UpdatedAtUtc).Take(OrganisationProjectLimit);
        var cards = await ShowcaseReads.Cards(db, projects).ToListAsync(ct);
        return cards.OrderByDescending(c => c.UpdatedAtUtc).ToList();
    }
}
