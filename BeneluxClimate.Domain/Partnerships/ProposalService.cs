using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Moderation;
using BeneluxClimate.Domain.Notifications;
using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Domain.Text;
using Microsoft.EntityFrameworkCore;

namespace BeneluxClimate.Domain.Partnerships;

/// <summary>
/// Proposals: created by onboarded members, edited by their author, their status changed by the author or a
/// moderator, hidden by moderators. Every change is published to open lists and to the proposal's page.
/// </summary>
public sealed class ProposalService(
    IDbContextFactory<ClimateDbContext> contexts,
    Commands commands,
    MarkdownRenderer markdown,
    WriteRateLimiter limiter,
    ILiveBus bus,
    PartnershipNotifier notifier,
    ActivityFeed feed,
    TimeProvider time)
{
    public async Task<ProposalCreation> CreateAsync(Actor actor, ProposalInput input, CancellationToken ct = default)
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

        var authorCountry = await db.MemberProfiles.Where(p => p.UserId == actor.UserId && p.OnboardedAtUtc != null)
            .Select(p => p.CountryCode).SingleOrDefaultAsync(ct);
        if (authorCountry is null)
        {
            return new(CommandResult.Refused(Refusal.Forbidden), null); // network members only: finish the profile first
        }

        var now = time.GetUtcNow();
        var problems = await ValidateAsync(db, input, authorCountry, now, null, ct);
        if (problems.Count > 0)
        {
            return new(CommandResult.Invalid(problems), null);
        }

        if (!limiter.TryAcquire(nameof(CreateAsync), actor.UserId!))
        {
            return new(CommandResult.Refused(Refusal.RateLimited), null);
        }

        var proposal = new Proposal
        {
            CreationId = input.CreationId,
            AuthorId = actor.UserId!,
            AuthorCountryCode = authorCountry,
            Status = ProposalStatus.Open,
            CreatedAtUtc = now,
        };
        Apply(proposal, input, now);
        (long List, long Page) sequences;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            db.Proposals.Add(proposal);
            try
            {
                await db.SaveChangesAsync(ct);
                db.ProposalFollowers.Add(new ProposalFollower { ProposalId = proposal.Id, UserId = actor.UserId!, FollowedAtUtc = now });
                sequences = await ProposalPublisher.NextAsync(db, proposal.Id, ct);
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
            }
            catch (DbUpdateException)
            {
                await transaction.RollbackAsync(ct);
                await using var fresh = await contexts.CreateDbContextAsync(ct);
                return await StoredCreationAsync(fresh, actor, input.CreationId, ct) ?? new(CommandResult.Refused(Refusal.Conflict), null);
            }
        }

        await ProposalPublisher.PublishAsync(bus, db, proposal, isNew: true, sequences, now, ct);
        await feed.RecordAsync(new ActivityRecord(ActivityKind.ProposalCreated, actor.UserId, proposal.Title, $"proposals/{proposal.Id}", proposal.Countries, proposal.Themes), ct);
        return new(CommandResult.Ok, proposal.Id);
    }

    /// <summary>Only the author edits; a stale <see cref="ProposalInput.ExpectedVersion"/> is a conflict.</summary>
    public Task<CommandResult> UpdateAsync(Actor actor, int proposalId, ProposalInput input, CancellationToken ct = default) =>
        ChangeAsync(actor, proposalId, nameof(UpdateAsync), authorOnly: true, async (db, proposal, now) =>
        {
            if (input.ExpectedVersion is { } expected && expected != proposal.Version)
            {
                return CommandResult.Refused(Refusal.Conflict);
            }

            var problems = await ValidateAsync(db, input, proposal.AuthorCountryCode, now, proposal.FundingCallDeadlineUtc, ct);
            if (problems.Count > 0)
            {
                return CommandResult.Invalid(problems);
            }

            Apply(proposal, input, now);
            return null;
        }, ct);

    /// <summary>The author or a moderator moves a proposal between Open, In discussion, Partnership formed and Closed.</summary>
    public Task<CommandResult> SetStatusAsync(Actor actor, int proposalId, ProposalStatus status, CancellationToken ct = default) =>
        ChangeAsync(actor, proposalId, nameof(SetStatusAsync), authorOnly: false, (_, proposal, now) =>
        {
            if (!Enum.IsDefined(status))
            {
                return Task.FromResult<CommandResult?>(CommandResult.Refused(Refusal.InvalidInput));
            }

            if (proposal.Status == status)
            {
                return Task.FromResult<CommandResult?>(CommandResult.Ok);
            }

            proposal.Status = status;
            proposal.UpdatedAtUtc = proposal.LastActivityAtUtc = now;
            return Task.FromResult<CommandResult?>(null);
        }, ct, notifyFollowers: true);

    /// <summary>Moderators take a proposal out of lists and public view, or put it back.</summary>
    public async Task<CommandResult> SetHiddenAsync(Actor actor, int proposalId, bool hidden, CancellationToken ct = default)
    {
        if (actor.RefusalUnlessModerator() is { } refusal)
        {
            return CommandResult.Refused(refusal);
        }

        return await ChangeAsync(actor, proposalId, nameof(SetHiddenAsync), authorOnly: false, (_, proposal, _) =>
        {
            if (proposal.IsHidden == hidden)
            {
                return Task.FromResult<CommandResult?>(CommandResult.Ok);
            }

            proposal.IsHidden = hidden;
            return Task.FromResult<CommandResult?>(null);
        }, ct);
    }

    private async Task<CommandResult> ChangeAsync(
        Actor actor,
        int proposalId,
        string action,
        bool authorOnly,
        Func<ClimateDbContext, Proposal, DateTimeOffset, Task<CommandResult?>> change,
        CancellationToken ct,
        bool notifyFollowers = false)
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

        var proposal = await db.Proposals.SingleOrDefaultAsync(p => p.Id == proposalId, ct);
        if (proposal is null || !ProposalReads.MaySee(actor, proposal))
        {
            return CommandResult.Refused(Refusal.NotFound);
        }

        var isAuthor = proposal.AuthorId == actor.UserId;
        if (!isAuthor && (authorOnly || !actor.IsModerator))
        {
            return CommandResult.Refused(Refusal.Forbidden);
        }

        var previousStatus = proposal.Status;
        var now = time.GetUtcNow();
        if (await change(db, proposal, now) is { } outcome)
        {
            return outcome;
        }

        if (!limiter.TryAcquire(action, actor.UserId!))
        {
            return CommandResult.Refused(Refusal.RateLimited);
        }

        proposal.Version = Guid.NewGuid();
        (long List, long Page) sequences;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            sequences = await ProposalPublisher.NextAsync(db, proposal.Id, ct);
            try
            {
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                return CommandResult.Refused(Refusal.Conflict);
            }
        }

        await ProposalPublisher.PublishAsync(bus, db, proposal, isNew: false, sequences, now, ct);
        if (notifyFollowers && proposal.Status != previousStatus)
        {
            await notifier.StatusChangedAsync(proposal.Id, proposal.Title, actor.UserId!, ct);
        }

        return CommandResult.Ok;
    }

    private void Apply(Proposal proposal, ProposalInput input, DateTimeOffset now)
    {
        proposal.Title = input.Title.Trim();
        proposal.Summary = input.Summary.Trim();
        proposal.Body = input.Body ?? "";
        proposal.BodyHtml = markdown.Render(proposal.Body);
        proposal.Offer = input.Offer?.Trim() ?? "";
        proposal.Seek = input.Seek?.Trim() ?? "";
        proposal.SoughtActorTypes = input.SoughtActorTypes.Distinct().Order().ToList();
        proposal.SoughtCountries = input.SoughtCountries.Distinct().OrderBy(Countries.DisplayOrder).ThenBy(c => c, StringComparer.Ordinal).ToList();
        proposal.Themes = input.Themes.Distinct().Order().ToList();
        proposal.Countries = input.Countries.OrderBy(Countries.DisplayOrder).ThenBy(c => c, StringComparer.Ordinal).ToList();
        proposal.LinkedProjectId = input.LinkedProjectId;
        proposal.FundingCallName = input.FundingCall?.Name.Trim();
        proposal.FundingCallUrl = string.IsNullOrWhiteSpace(input.FundingCall?.Url) ? null : input.FundingCall.Url.Trim();
        proposal.FundingCallDeadlineUtc = input.FundingCall?.DeadlineUtc;
        proposal.UpdatedAtUtc = proposal.LastActivityAtUtc = now;
        proposal.SearchText = SearchText.Normalize($"{proposal.Title} {proposal.Summary} {proposal.Offer} {proposal.Seek}");
    }

    private static async Task<List<FieldProblem>> ValidateAsync(
        ClimateDbContext db, ProposalInput input, string authorCountry, DateTimeOffset now, DateTimeOffset? currentDeadline, CancellationToken ct)
    {
        var problems = ProposalRules.Validate(input, authorCountry, now, currentDeadline).ToList();
        if (input.LinkedProjectId is { } projectId
            && !await db.Projects.AnyAsync(p => p.Id == projectId && p.Status != Showcase.ProjectStatus.Draft && !p.IsHidden, ct))
        {
            problems.Add(new(nameof(input.LinkedProjectId), "Invalid"));
        }

        return problems;
    }

    private static async Task<ProposalCreation?> StoredCreationAsync(ClimateDbContext db, Actor actor, Guid creationId, CancellationToken ct)
    {
        var stored = await db.Proposals.AsNoTracking().Where(p => p.CreationId == creationId)
            .Select(p => new { p.Id, p.AuthorId }).SingleOrDefaultAsync(ct);
        return stored is null ? null
            : stored.AuthorId == actor.UserId ? new(CommandResult.Ok, stored.Id)
            : new(CommandResult.Refused(Refusal.Conflict), null);
    }
}
