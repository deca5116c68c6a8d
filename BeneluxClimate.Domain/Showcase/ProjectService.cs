using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Moderation;
using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Domain.Text;
using Microsoft.EntityFrameworkCore;

namespace BeneluxClimate.Domain.Showcase;

/// <summary>
/// Projects through their lifecycle: created as drafts by a member for their organisation, edited, moved between
/// stages, published and archived by their editors (members of the lead organisation and contact members), hidden
/// and restored by moderators. Every change is published to the board, the project page and the impact dashboard.
/// </summary>
public sealed class ProjectService(
    IDbContextFactory<ClimateDbContext> contexts,
    Commands commands,
    MarkdownRenderer markdown,
    WriteRateLimiter limiter,
    ImpactDashboard dashboard,
    ILiveBus bus,
    ActivityFeed feed,
    TimeProvider time)
{
    public async Task<ProjectCreation> CreateAsync(Actor actor, ProjectInput input, CancellationToken ct = default)
    {
        await using var command = await commands.BeginAsync(actor, ct);
        if (command.Refused is { } standing)
        {
            return new(CommandResult.Refused(standing), null);
        }

        actor = command.Actor;
        var db = command.Db;

        ArgumentNullException.ThrowIfNull(input);
        if (!actor.IsSignedIn)
        {
            return new(CommandResult.Refused(Refusal.NotSignedIn), null);
        }

        if (input.CreationId == Guid.Empty)
        {
            return new(CommandResult.Refused(Refusal.InvalidInput), null);
        }

        if (await StoredCreationAsync(db, actor, input.CreationId, ct) is { } stored)
        {
            return stored;
        }

        if (await ShowcaseReads.OrganisationOfAsync(db, actor.UserId, ct) is not { } organisationId)
        {
            return new(CommandResult.Refused(Refusal.Forbidden), null); // a project is led by an organisation: join or create one first
        }

        var problems = await ValidateAsync(db, input, organisationId, ct);
        if (problems.Count > 0)
        {
            return new(CommandResult.Invalid(problems), null);
        }

        if (!limiter.TryAcquire(nameof(CreateAsync), actor.UserId!))
        {
            return new(CommandResult.Refused(Refusal.RateLimited), null);
        }

        var now = time.GetUtcNow();
        var project = new Project
        {
            CreationId = input.CreationId,
            LeadOrganisationId = organisationId,
            Status = ProjectStatus.Draft,
            CreatedByUserId = actor.UserId!,
            CreatedAtUtc = now,
        };
        await ApplyAsync(db, project, input, now, ct);
        db.Projects.Add(project);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            await using var fresh = await contexts.CreateDbContextAsync(ct);
            return await StoredCreationAsync(fresh, actor, input.CreationId, ct) ?? new(CommandResult.Refused(Refusal.Conflict), null);
        }

        return new(CommandResult.Ok, project.Id);
    }

    public Task<CommandResult> UpdateAsync(Actor actor, int projectId, ProjectInput input, CancellationToken ct = default) =>
        ChangeAsync(actor, projectId, nameof(UpdateAsync), EditorsOnly, async (db, project, now) =>
        {
            if (input.ExpectedVersion is { } expected && expected != project.Version)
            {
                return CommandResult.Refused(Refusal.Conflict);
            }

            var problems = await ValidateAsync(db, input, project.LeadOrganisationId, ct);
            if (problems.Count > 0)
            {
                return CommandResult.Invalid(problems);
            }

            await ApplyAsync(db, project, input, now, ct);
            return null;
        }, ct);

    public Task<CommandResult> MoveAsync(Actor actor, int projectId, ProjectStage stage, CancellationToken ct = default) =>
        ChangeAsync(actor, projectId, nameof(MoveAsync), EditorsOnly, (_, project, now) =>
        {
            if (!Enum.IsDefined(stage))
            {
                return Task.FromResult<CommandResult?>(CommandResult.Refused(Refusal.InvalidInput));
            }

            if (project.Stage == stage)
            {
                return Task.FromResult<CommandResult?>(CommandResult.Ok); // dropped where it was, or a repeated move
            }

            project.Stage = stage;
            project.UpdatedAtUtc = now;
            return Task.FromResult<CommandResult?>(null);
        }, ct);

    public Task<CommandResult> PublishAsync(Actor actor, int projectId, CancellationToken ct = default) =>
        SetStatusAsync(actor, projectId, ProjectStatus.Published, ct);

    public Task<CommandResult> ArchiveAsync(Actor actor, int projectId, CancellationToken ct = default) =>
        SetStatusAsync(actor, projectId, ProjectStatus.Archived, ct);

    /// <summary>Moderators take a project off the board (and out of public view) or put it back.</summary>
    public Task<CommandResult> SetHiddenAsync(Actor actor, int projectId, bool hidden, CancellationToken ct = default) =>
        ChangeAsync(actor, projectId, nameof(SetHiddenAsync), ModeratorsOnly, (_, project, _) =>
        {
            if (project.IsHidden == hidden)
            {
                return Task.FromResult<CommandResult?>(CommandResult.Ok);
            }

            project.IsHidden = hidden;
            return Task.FromResult<CommandResult?>(null);
        }, ct);

    private Task<CommandResult> SetStatusAsync(Actor actor, int projectId, ProjectStatus status, CancellationToken ct) =>
        ChangeAsync(actor, projectId, "SetStatusAsync", EditorsOnly, (_, project, now) =>
        {
            if (project.Status == status)
            {
                return Task.FromResult<CommandResult?>(CommandResult.Ok);
            }

            project.Status = status;
            project.UpdatedAtUtc = now;
            if (status == ProjectStatus.Published)
            {
                project.PublishedAtUtc ??= now;
            }

            return Task.FromResult<CommandResult?>(null);
        }, ct);

    private static Task<bool> EditorsOnly(ClimateDbContext db, Actor actor, Project project, CancellationToken ct) =>
        ShowcaseReads.CanEditAsync(db, actor, project, ct);

    private static Task<bool> ModeratorsOnly(ClimateDbContext db, Actor actor, Project project, CancellationToken ct) =>
        Task.FromResult(actor.IsModerator);

    /// <summary>
    /// Loads, authorizes, applies <paramref name="change"/> (which returns a refusal, Ok for "nothing to do", or null
    /// to save), rate-limits, commits with the topic numbers, then publishes.
    /// </summary>
    private async Task<CommandResult> ChangeAsync(
        Actor actor,
        int projectId,
        string action,
        Func<ClimateDbContext, Actor, Project, CancellationToken, Task<bool>> mayChange,
        Func<ClimateDbContext, Project, DateTimeOffset, Task<CommandResult?>> change,
        CancellationToken ct)
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

        var project = await db.Projects.SingleOrDefaultAsync(p => p.Id == projectId, ct);
        if (project is null)
        {
            return CommandResult.Refused(Refusal.NotFound);
        }

        if (!await mayChange(db, actor, project, ct))
        {
            return CommandResult.Refused(Refusal.Forbidden);
        }

        var wasOnBoard = project.IsOnBoard;
        var before = wasOnBoard ? await ShowcaseReads.CardAsync(db, projectId, ct) : null;
        var now = time.GetUtcNow();
        if (await change(db, project, now) is { } outcome)
        {
            return outcome;
        }

        if (!limiter.TryAcquire(action, actor.UserId!))
        {
            return CommandResult.Refused(Refusal.RateLimited);
        }

        project.Version = Guid.NewGuid();
        ShowcaseSequences sequences;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            sequences = await ShowcasePublisher.NextAsync(db, project, wasOnBoard, ct);
            try
            {
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                return CommandResult.Refused(Refusal.Conflict); // someone else changed it at the same moment
            }
        }

        await ShowcasePublisher.PublishAsync(bus, dashboard, db, project, before, sequences, now, ct);
        if (ActivityOf(action, project) is { } kind)
        {
            await feed.RecordAsync(new ActivityRecord(kind, actor.UserId, project.Title, $"projects/{project.Id}", project.Countries, project.Themes), ct);
        }

        return CommandResult.Ok;
    }

    private static ActivityKind? ActivityOf(string action, Project project) => action switch
    {
        nameof(MoveAsync) => ActivityKind.ProjectMoved,
        "SetStatusAsync" when project.Status == ProjectStatus.Published => ActivityKind.ProjectPublished,
        _ => null,
    };

    private async Task ApplyAsync(ClimateDbContext db, Project project, ProjectInput input, DateTimeOffset now, CancellationToken ct)
    {
        project.Title = input.Title.Trim();
        project.Summary = input.Summary.Trim();
        project.Description = input.Description ?? "";
        project.DescriptionHtml = markdown.Render(project.Description);
        project.Themes = input.Themes.Distinct().Order().ToList();
        project.Countries = input.Countries.OrderBy(Countries.DisplayOrder).ThenBy(c => c, StringComparer.Ordinal).ToList();
        project.Regions = input.Regions.Distinct().ToList();
        project.Stage = input.Stage;
        project.PartnerOrganisationIds = input.PartnerOrganisationIds.Distinct().Where(id => id != project.LeadOrganisationId).ToList();
        project.ContactMemberIds = input.ContactMemberIds.Distinct().ToList();
        project.StartDate = input.StartDate;
        project.EndDate = input.EndDate;
        project.Links = input.Links.Select(l => l.Trim()).ToList();
        project.LookingFor = input.LookingFor;
        project.Impact = input.Impact
            .Select(f => f with { EvidenceUrl = string.IsNullOrWhiteSpace(f.EvidenceUrl) ? null : f.EvidenceUrl.Trim() })
            .OrderBy(f => f.Kind).ToList();
        project.UpdatedAtUtc = now;
        var organisationIds = project.PartnerOrganisationIds.Append(project.LeadOrganisationId).ToList();
        var names = await db.Organisations.Where(o => organisationIds.Contains(o.Id)).Select(o => o.Name).ToListAsync(ct);
        project.SearchText = ProjectSearchText.Of(project.Title, project.Summary, names);
    }

    /// <summary>The field rules, plus what only the database knows: partners and contacts exist.</summary>
    private static async Task<List<FieldProblem>> ValidateAsync(ClimateDbContext db, ProjectInput input, int leadOrganisationId, CancellationToken ct)
    {
        var problems = ProjectRules.Validate(input).ToList();
        if (!problems.Any(p => p.Field == nameof(input.PartnerOrganisationIds)))
        {
            var partners = input.PartnerOrganisationIds.Distinct().Where(id => id != leadOrganisationId).ToList();
            if (await db.Organisations.CountAsync(o => partners.Contains(o.Id), ct) != partners.Count)
            {
                problems.Add(new(nameof(input.PartnerOrganisationIds), "Invalid"));
            }
        }

        if (!problems.Any(p => p.Field == nameof(input.ContactMemberIds)))
        {
            var contacts = input.ContactMemberIds.Distinct().ToList();
            if (await db.MemberProfiles.CountAsync(p => contacts.Contains(p.UserId) && p.OnboardedAtUtc != null, ct) != contacts.Count)
            {
                problems.Add(new(nameof(input.ContactMemberIds), "Invalid"));
            }
        }

        return problems;
    }

    private static async Task<ProjectCreation?> StoredCreationAsync(ClimateDbContext db, Actor actor, Guid creationId, CancellationToken ct)
    {
        var stored = await db.Projects.AsNoTracking().Where(p => p.CreationId == creationId)
            .Select(p => new { p.Id, p.CreatedByUserId }).SingleOrDefaultAsync(ct);
        return stored is null ? null
            : stored.CreatedByUserId == actor.UserId ? new(CommandResult.Ok, stored.Id)
            : new(CommandResult.Refused(Refusal.Conflict), null);
    }
}
