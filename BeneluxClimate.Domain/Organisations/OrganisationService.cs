using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Moderation;
using BeneluxClimate.Domain.Members;
using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Domain.Text;
using Microsoft.EntityFrameworkCore;

namespace BeneluxClimate.Domain.Organisations;

/// <summary>
/// Organisations and their members: creating and editing (by the organisation's admins), asking to join,
/// deciding on requests and leaving. A member belongs to one organisation at most; their directory card
/// shows it, so every change of an active membership republishes that card.
/// </summary>
public sealed class OrganisationService(
    IDbContextFactory<ClimateDbContext> contexts,
    Commands commands,
    MarkdownRenderer markdown,
    WriteRateLimiter limiter,
    ILiveBus bus,
    ActivityFeed feed,
    TimeProvider time)
{
    public const int SearchMaxLength = 100;
    public const int SearchResultLimit = 20;
    public const int MemberListLimit = 200;
    public const int RequestListLimit = 50;

    public async Task<OrganisationCreation> CreateAsync(Actor actor, OrganisationInput input, CancellationToken ct = default)
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

        var problems = OrganisationRules.Validate(input, out var registryNumber);
        if (problems.Count > 0)
        {
            return new(CommandResult.Invalid(problems), null);
        }

        if (await db.OrganisationMemberships.AnyAsync(m => m.UserId == actor.UserId, ct))
        {
            return new(CommandResult.Refused(Refusal.Conflict), null); // one organisation per member: leave first
        }

        if (!limiter.TryAcquire(nameof(CreateAsync), actor.UserId!))
        {
            return new(CommandResult.Refused(Refusal.RateLimited), null);
        }

        var now = time.GetUtcNow();
        var organisation = new Organisation { CreationId = input.CreationId, CreatedAtUtc = now };
        Apply(organisation, input, registryNumber);
        DirectorySequences? sequences;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            db.Organisations.Add(organisation);
            try
            {
                await db.SaveChangesAsync(ct);
                db.OrganisationMemberships.Add(new OrganisationMembership
                {
                    OrganisationId = organisation.Id,
                    UserId = actor.UserId!,
                    IsAdmin = true,
                    Status = OrganisationMembershipStatus.Active,
                    RequestedAtUtc = now,
                    DecidedAtUtc = now,
                });
                sequences = await DirectoryPublisher.RefreshProfileAsync(db, actor.UserId!, organisation.Name, ct);
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
            }
            catch (DbUpdateException)
            {
                // The same command arrived twice at once, or the member joined elsewhere meanwhile.
                await transaction.RollbackAsync(ct);
                await using var fresh = await contexts.CreateDbContextAsync(ct);
                return await StoredCreationAsync(fresh, actor, input.CreationId, ct)
                    ?? new(CommandResult.Refused(Refusal.Conflict), null);
            }
        }

        if (sequences is not null)
        {
            await DirectoryPublisher.PublishAsync(bus, db, actor.UserId!, joining: false, sequences, now, ct);
        }

        await feed.RecordAsync(new ActivityRecord(
            ActivityKind.OrganisationCreated, actor.UserId, organisation.Name, $"organisations/{organisation.Id}", [organisation.CountryCode]), ct);
        return new(CommandResult.Ok, organisation.Id);
    }

    public async Task<CommandResult> UpdateAsync(Actor actor, int organisationId, OrganisationInput input, CancellationToken ct = default)
    {
        await using var command = await commands.BeginAsync(actor, ct);
        if (command.Refused is { } standing)
        {
            return CommandResult.Refused(standing);
        }

        actor = command.Actor;
        var db = command.Db;

        ArgumentNullException.ThrowIfNull(input);
        if (!actor.IsSignedIn)
        {
            return CommandResult.Refused(Refusal.NotSignedIn);
        }

        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == organisationId, ct);
        if (organisation is null)
        {
            return CommandResult.Refused(Refusal.NotFound);
        }

        if (!await IsActiveAdminAsync(db, actor, organisationId, ct))
        {
            return CommandResult.Refused(Refusal.Forbidden);
        }

        var problems = OrganisationRules.Validate(input, out var registryNumber);
        if (problems.Count > 0)
        {
            return CommandResult.Invalid(problems);
        }

        if (!limiter.TryAcquire(nameof(UpdateAsync), actor.UserId!))
        {
            return CommandResult.Refused(Refusal.RateLimited);
        }

        if (input.ExpectedVersion is { } expected)
        {
            if (organisation.Version != expected)
            {
                return CommandResult.Refused(Refusal.Conflict);
            }

            db.Entry(organisation).Property(o => o.Version).OriginalValue = expected;
        }

        var renamed = organisation.Name != input.Name.Trim();
        Apply(organisation, input, registryNumber);
        organisation.Version = Guid.NewGuid();
        var now = time.GetUtcNow();
        var changedCards = new List<(string UserId, DirectorySequences Sequences)>();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (renamed)
        {
            var memberIds = await db.OrganisationMemberships
                .Where(m => m.OrganisationId == organisationId && m.Status == OrganisationMembershipStatus.Active)
                .Select(m => m.UserId).ToListAsync(ct);
            foreach (var memberId in memberIds)
            {
                if (await DirectoryPublisher.RefreshProfileAsync(db, memberId, organisation.Name, ct) is { } sequences)
                {
                    changedCards.Add((memberId, sequences));
                }
            }
        }

        try
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult.Refused(Refusal.Conflict);
        }

        foreach (var (memberId, sequences) in changedCards)
        {
            await DirectoryPublisher.PublishAsync(bus, db, memberId, joining: false, sequences, now, ct);
        }

        return CommandResult.Ok;
    }

    public async Task<CommandResult> RequestToJoinAsync(Actor actor, int organisationId, CancellationToken ct = default)
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

        if (!await db.Organisations.AnyAsync(o => o.Id == organisationId, ct))
        {
            return CommandResult.Refused(Refusal.NotFound);
        }

        var existing = await db.OrganisationMemberships.AsNoTracking().SingleOrDefaultAsync(m => m.UserId == actor.UserId, ct);
        if (existing is not null)
        {
            // Asking the same organisation again (a double click) succeeds once; another organisation means leaving first.
            return existing.OrganisationId == organisationId ? CommandResult.Ok : CommandResult.Refused(Refusal.Conflict);
        }

        if (!limiter.TryAcquire(nameof(RequestToJoinAsync), actor.UserId!))
        {
            return CommandResult.Refused(Refusal.RateLimited);
        }

        db.OrganisationMemberships.Add(new OrganisationMembership
        {
            OrganisationId = organisationId,
            UserId = actor.UserId!,
            Status = OrganisationMembershipStatus.Pending,
            RequestedAtUtc = time.GetUtcNow(),
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return CommandResult.Refused(Refusal.Conflict); // a request elsewhere arrived at the same moment
        }

        return CommandResult.Ok;
    }

    /// <summary>An admin of the organisation accepts (the member becomes active) or declines (the request is removed).</summary>
    public async Task<CommandResult> DecideAsync(Actor actor, long membershipId, bool accept, CancellationToken ct = default)
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

        var membership = await db.OrganisationMemberships.SingleOrDefaultAsync(m => m.Id == membershipId, ct);
        if (membership is null)
        {
            return CommandResult.Refused(Refusal.NotFound);
        }

        if (!await IsActiveAdminAsync(db, actor, membership.OrganisationId, ct))
        {
            return CommandResult.Refused(Refusal.Forbidden);
        }

        if (membership.Status == OrganisationMembershipStatus.Active)
        {
            return accept ? CommandResult.Ok : CommandResult.Refused(Refusal.Conflict); // already accepted, by a click or another admin
        }

        if (!limiter.TryAcquire(nameof(DecideAsync), actor.UserId!))
        {
            return CommandResult.Refused(Refusal.RateLimited);
        }

        var now = time.GetUtcNow();
        DirectorySequences? sequences = null;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (accept)
        {
            membership.Status = OrganisationMembershipStatus.Active;
            membership.DecidedAtUtc = now;
            var name = await db.Organisations.Where(o => o.Id == membership.OrganisationId).Select(o => o.Name).SingleAsync(ct);
            sequences = await DirectoryPublisher.RefreshProfileAsync(db, membership.UserId, name, ct);
        }
        else
        {
            db.OrganisationMemberships.Remove(membership);
        }

        try
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult.Refused(Refusal.Conflict); // another admin decided, or the member withdrew, at the same moment
        }

        if (sequences is not null)
        {
            await DirectoryPublisher.PublishAsync(bus, db, membership.UserId, joining: false, sequences, now, ct);
        }

        return CommandResult.Ok;
    }

    /// <summary>
    /// Removes the actor's own membership or request. The last admin cannot leave while other members remain
    /// (so an organisation is never left without someone to accept requests).
    /// </summary>
    public async Task<CommandResult> LeaveAsync(Actor actor, CancellationToken ct = default)
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

        var membership = await db.OrganisationMemberships.SingleOrDefaultAsync(m => m.UserId == actor.UserId, ct);
        if (membership is null)
        {
            return CommandResult.Ok; // nothing to leave: a repeated click
        }

        var active = membership.Status == OrganisationMembershipStatus.Active;
        if (active && membership.IsAdmin)
        {
            var others = await db.OrganisationMemberships
                .Where(m => m.OrganisationId == membership.OrganisationId && m.Id != membership.Id && m.Status == OrganisationMembershipStatus.Active)
                .Select(m => m.IsAdmin).ToListAsync(ct);
            if (others.Count > 0 && !others.Contains(true))
            {
                return CommandResult.Refused(Refusal.Forbidden);
            }
        }

        if (!limiter.TryAcquire(nameof(LeaveAsync), actor.UserId!))
        {
            return CommandResult.Refused(Refusal.RateLimited);
        }

        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.OrganisationMemberships.Remove(membership);
        var sequences = active ? await DirectoryPublisher.RefreshProfileAsync(db, actor.UserId!, null, ct) : null;
        try
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult.Ok; // already gone
        }

        if (sequences is not null)
        {
            await DirectoryPublisher.PublishAsync(bus, db, actor.UserId!, joining: false, sequences, now, ct);
        }

        return CommandResult.Ok;
    }

    /// <summary>
    /// An admin of the organisation makes another active member an admin, or takes that right away; the last admin
    /// keeps it (an organisation always has someone to accept requests).
    /// </summary>
    public async Task<CommandResult> SetAdminAsync(Actor actor, int organisationId, string userId, bool admin, CancellationToken ct = default)
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

        if (!await IsActiveAdminAsync(db, actor, organisationId, ct))
        {
            return CommandResult.Refused(Refusal.Forbidden);
        }

        var membership = await db.OrganisationMemberships.SingleOrDefaultAsync(
            m => m.OrganisationId == organisationId && m.UserId == userId && m.Status == OrganisationMembershipStatus.Active, ct);
        if (membership is null)
        {
            return CommandResult.Refused(Refusal.NotFound);
        }

        if (membership.IsAdmin == admin)
        {
            return CommandResult.Ok; // a repeated click, or another admin did the same
        }

        if (!admin && !await db.OrganisationMemberships.AnyAsync(
                m => m.OrganisationId == organisationId && m.Id != membership.Id && m.IsAdmin && m.Status == OrganisationMembershipStatus.Active, ct))
        {
            return CommandResult.Refused(Refusal.Conflict);
        }

        if (!limiter.TryAcquire(nameof(SetAdminAsync), actor.UserId!))
        {
            return CommandResult.Refused(Refusal.RateLimited);
        }

        membership.IsAdmin = admin;
        await db.SaveChangesAsync(ct);
        return CommandResult.Ok;
    }

    public async Task<Result<OrganisationDetails>> GetAsync(Actor viewer, int id, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var o = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, ct);
        if (o is null)
        {
            return Result<OrganisationDetails>.Refused(Refusal.NotFound);
        }

        var own = viewer.IsSignedIn ? await MembershipOfAsync(db, viewer.UserId!, ct) : null;
        var members = await (
                from m in db.OrganisationMemberships
                where m.OrganisationId == id && m.Status == OrganisationMembershipStatus.Active
                join p in db.MemberProfiles on m.UserId equals p.UserId
                where p.OnboardedAtUtc != null && (viewer.IsSignedIn || p.Visibility == ProfileVisibility.Public)
                join u in db.Users on m.UserId equals u.Id
                orderby m.IsAdmin descending, u.DisplayName
                select new OrganisationMember(u.Id, u.DisplayName, p.Headline, m.IsAdmin))
            .AsNoTracking().Take(MemberListLimit).ToListAsync(ct);
        var isAdmin = own is { Status: OrganisationMembershipStatus.Active, IsAdmin: true } && own.OrganisationId == id;
        IReadOnlyList<JoinRequest> requests = [];
        if (isAdmin)
        {
            requests = await (
                    from m in db.OrganisationMemberships
                    where m.OrganisationId == id && m.Status == OrganisationMembershipStatus.Pending
                    join u in db.Users on m.UserId equals u.Id
                    from p in db.MemberProfiles.Where(p => p.UserId == m.UserId).DefaultIfEmpty()
                    orderby m.RequestedAtUtc
                    select new JoinRequest(m.Id, u.Id, u.DisplayName, p == null ? "" : p.Headline, p != null && p.OnboardedAtUtc != null, m.RequestedAtUtc))
                .AsNoTracking().Take(RequestListLimit).ToListAsync(ct);
        }

        return Result<OrganisationDetails>.Ok(new OrganisationDetails(
            o.Id, o.Name, o.Type, o.CountryCode, o.Website, o.Description, o.DescriptionHtml, o.RegistryNumber, o.Version,
            members, requests, own, viewer.IsSignedIn));
    }

    /// <summary>Organisations whose name matches (case- and accent-insensitively), by name, at most <see cref="SearchResultLimit"/>.</summary>
    public async Task<Result<IReadOnlyList<OrganisationSummary>>> SearchAsync(Actor viewer, string? text, CancellationToken ct = default)
    {
        _ = viewer; // organisations are public; the viewer is taken for symmetry and future rules
        if (text?.Length > SearchMaxLength)
        {
            return Result<IReadOnlyList<OrganisationSummary>>.Refused(Refusal.InvalidInput);
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var folded = SearchText.Normalize(text);
        var organisations = db.Organisations.AsNoTracking();
        if (folded.Length > 0)
        {
            organisations = organisations.Where(o => o.SearchText.Contains(folded));
        }

        var found = await organisations
            .OrderBy(o => o.Name).ThenBy(o => o.Id)
            .Take(SearchResultLimit)
            .Select(o => new OrganisationSummary(o.Id, o.Name, o.Type, o.CountryCode,
                db.OrganisationMemberships.Count(m => m.OrganisationId == o.Id && m.Status == OrganisationMembershipStatus.Active)))
            .ToListAsync(ct);
        return Result<IReadOnlyList<OrganisationSummary>>.Ok(found);
    }

    /// <summary>The viewer's own membership or pending request, or null (also for visitors).</summary>
    public async Task<ViewerMembership?> MembershipOfAsync(Actor viewer, CancellationToken ct = default)
    {
        if (!viewer.IsSignedIn)
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        return await MembershipOfAsync(db, viewer.UserId!, ct);
    }

    private static Task<ViewerMembership?> MembershipOfAsync(ClimateDbContext db, string userId, CancellationToken ct) =>
        db.OrganisationMemberships.AsNoTracking()
            .Where(m => m.UserId == userId)
            .Join(db.Organisations, m => m.OrganisationId, o => o.Id, (m, o) => new ViewerMembership(m.Id, o.Id, o.Name, m.Status, m.IsAdmin))
            .SingleOrDefaultAsync(ct);

    private static Task<bool> IsActiveAdminAsync(ClimateDbContext db, Actor actor, int organisationId, CancellationToken ct) =>
        db.OrganisationMemberships.AnyAsync(m => m.OrganisationId == organisationId && m.UserId == actor.UserId
            && m.IsAdmin && m.Status == OrganisationMembershipStatus.Active, ct);

    /// <summary>The organisation a command id already created, when it was this actor's.</summary>
    private static async Task<OrganisationCreation?> StoredCreationAsync(ClimateDbContext db, Actor actor, Guid creationId, CancellationToken ct)
    {
        var id = await db.Organisations.AsNoTracking().Where(o => o.CreationId == creationId).Select(o => (int?)o.Id).SingleOrDefaultAsync(ct);
        if (id is null)
        {
            return null;
        }

        var mine = await db.OrganisationMemberships.AnyAsync(m => m.OrganisationId == id && m.UserId == actor.UserId && m.IsAdmin, ct);
        return mine ? new(CommandResult.Ok, id) : new(CommandResult.Refused(Refusal.Conflict), null);
    }

    private void Apply(Organisation organisation, OrganisationInput input, string registryNumber)
    {
        organisation.Name = input.Name.Trim();
        organisation.Type = input.Type;
        organisation.CountryCode = input.CountryCode;
        organisation.Website = string.IsNullOrWhiteSpace(input.Website) ? null : input.Website.Trim();
        organisation.Description = input.Description ?? "";
        organisation.DescriptionHtml = markdown.Render(organisation.Description);
        organisation.RegistryNumber = registryNumber;
        organisation.SearchText = SearchText.Normalize(organisation.Name);
    }
}
