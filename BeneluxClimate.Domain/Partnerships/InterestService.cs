using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Moderation;
using BeneluxClimate.Domain.Notifications;
using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Domain.Security;
using Microsoft.EntityFrameworkCore;

namespace BeneluxClimate.Domain.Partnerships;

/// <summary>
/// "I'm interested": members other than the author express interest (once, with an optional message to the author)
/// or withdraw it; the author accepts (the member becomes a partner, an open proposal moves into discussion) or declines.
/// </summary>
public sealed class InterestService(
    IDbContextFactory<ClimateDbContext> contexts,
    Commands commands,
    WriteRateLimiter limiter,
    PartnershipNotifier notifier,
    ILiveBus bus,
    ActivityFeed feed,
    TimeProvider time)
{
    public async Task<CommandResult> ExpressAsync(Actor actor, int proposalId, string? message, CancellationToken ct = default)
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

        var text = message?.Trim() ?? "";
        if (text.Length > Interest.MessageMaxLength)
        {
            return CommandResult.Invalid([new FieldProblem("Message", "TooLong", Interest.MessageMaxLength)]);
        }

        var proposal = await db.Proposals.SingleOrDefaultAsync(p => p.Id == proposalId, ct);
        if (proposal is null || !ProposalReads.MaySee(actor, proposal))
        {
            return CommandResult.Refused(Refusal.NotFound);
        }

        if (proposal.AuthorId == actor.UserId || proposal.Status == ProposalStatus.Closed)
        {
            return CommandResult.Refused(Refusal.Forbidden);
        }

        if (await db.Interests.AnyAsync(i => i.ProposalId == proposalId && i.UserId == actor.UserId, ct))
        {
            return CommandResult.Ok; // already interested: a double click
        }

        if (!limiter.TryAcquire(nameof(ExpressAsync), actor.UserId!))
        {
            return CommandResult.Refused(Refusal.RateLimited);
        }

        var now = time.GetUtcNow();
        var interest = new Interest { ProposalId = proposalId, UserId = actor.UserId!, Message = text, Status = InterestStatus.Pending, CreatedAtUtc = now };
        var saved = await SaveAsync(db, proposal, now, ct, () =>
        {
            db.Interests.Add(interest);
            proposal.InterestCount++;
            return Task.CompletedTask;
        }, follow: actor.UserId);
        if (!saved.Succeeded)
        {
            return saved.Result == Refusal.Conflict ? CommandResult.Ok : CommandResult.Refused(saved.Result!.Value);
        }

        await ProposalPublisher.PublishAsync(bus, db, proposal, isNew: false, saved.Sequences, now, ct);
        await notifier.NotifyAsync([(proposal.AuthorId, NotificationKind.InterestInMyProposal)], proposal.Id, proposal.Title, null, actor.UserId!, ct);
        await feed.RecordAsync(new ActivityRecord(ActivityKind.InterestExpressed, actor.UserId, proposal.Title, $"proposals/{proposal.Id}", proposal.Countries, proposal.Themes), ct);
        return CommandResult.Ok;
    }

    /// <summary>The member takes back their interest (an accepted partner leaves the partnership).</summary>
    public async Task<CommandResult> WithdrawAsync(Actor actor, int proposalId, CancellationToken ct = default)
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
        var interest = await db.Interests.SingleOrDefaultAsync(i => i.ProposalId == proposalId && i.UserId == actor.UserId, ct);
        if (proposal is null || interest is null)
        {
            return CommandResult.Ok;
        }

        var now = time.GetUtcNow();
        var saved = await SaveAsync(db, proposal, now, ct, () =>
        {
            db.Interests.Remove(interest);
            proposal.InterestCount = Math.Max(proposal.InterestCount - 1, 0);
            return Task.CompletedTask;
        });
        if (!saved.Succeeded)
        {
            return saved.Result == Refusal.Conflict ? CommandResult.Ok : CommandResult.Refused(saved.Result!.Value);
        }

        await ProposalPublisher.PublishAsync(bus, db, proposal, isNew: false, saved.Sequences, now, ct);
        return CommandResult.Ok;
    }

    /// <summary>The author accepts an interest (a partner) or declines it.</summary>
    public async Task<CommandResult> DecideAsync(Actor actor, long interestId, bool accept, CancellationToken ct = default)
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

        var interest = await db.Interests.SingleOrDefaultAsync(i => i.Id == interestId, ct);
        var proposal = interest is null ? null : await db.Proposals.SingleOrDefaultAsync(p => p.Id == interest.ProposalId, ct);
        if (interest is null || proposal is null)
        {
            return CommandResult.Refused(Refusal.NotFound);
        }

        if (proposal.AuthorId != actor.UserId)
        {
            return CommandResult.Refused(Refusal.Forbidden);
        }

        var status = accept ? InterestStatus.Accepted : InterestStatus.Declined;
        if (interest.Status == status)
        {
            return CommandResult.Ok;
        }

        if (!limiter.TryAcquire(nameof(DecideAsync), actor.UserId!))
        {
            return CommandResult.Refused(Refusal.RateLimited);
        }

        var now = time.GetUtcNow();
        var saved = await SaveAsync(db, proposal, now, ct, () =>
        {
            interest.Status = status;
            interest.DecidedAtUtc = now;
            if (accept && proposal.Status == ProposalStatus.Open)
            {
                proposal.Status = ProposalStatus.InDiscussion;
            }

            return Task.CompletedTask;
        });
        if (!saved.Succeeded)
        {
            return CommandResult.Refused(saved.Result!.Value);
        }

        await ProposalPublisher.PublishAsync(bus, db, proposal, isNew: false, saved.Sequences, now, ct);
        return CommandResult.Ok;
    }

    /// <summary>The interests in a proposal: its author sees every one with messages; others see accepted partners and counts only.</summary>
    public async Task<Result<IReadOnlyList<InterestView>>> ListAsync(Actor viewer, int proposalId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var proposal = await db.Proposals.AsNoTracking().SingleOrDefaultAsync(p => p.Id == proposalId, ct);
        if (proposal is null || !ProposalReads.MaySee(viewer, proposal))
        {
            return Result<IReadOnlyList<InterestView>>.Refused(Refusal.NotFound);
        }

        var isAuthor = proposal.AuthorId == viewer.UserId;
        var interests = await db.Interests.AsNoTracking()
            .Where(i => i.ProposalId == proposalId && (isAuthor || i.Status == InterestStatus.Accepted || i.UserId == viewer.UserId))
            .OrderBy(i => i.CreatedAtUtc).Take(200).ToListAsync(ct);
        var members = await MemberRefs.LoadAsync(db, interests.Select(i => i.UserId), ct);
        return Result<IReadOnlyList<InterestView>>.Ok(interests
            .Select(i => new InterestView(i.Id, MemberRefs.Of(members, i.UserId), i.Status, isAuthor || i.UserId == viewer.UserId ? i.Message : null, i.CreatedAtUtc))
            .ToList());
    }

    private static async Task<(bool Succeeded, Refusal? Result, (long List, long Page) Sequences)> SaveAsync(
        ClimateDbContext db, Proposal proposal, DateTimeOffset now, CancellationToken ct, Func<Task> change, string? follow = null)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var sequences = await ProposalPublisher.NextAsync(db, proposal.Id, ct);
        await change();
        proposal.LastActivityAtUtc = now;
        proposal.Version = Guid.NewGuid();
        if (follow is not null && !await db.ProposalFollowers.AnyAsync(f => f.ProposalId == proposal.Id && f.UserId == follow, ct))
        {
            db.ProposalFollowers.Add(new ProposalFollower { ProposalId = proposal.Id, UserId = follow, FollowedAtUtc = now });
        }

        try
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return (true, null, sequences);
        }
        catch (DbUpdateException)
        {
            return (false, Refusal.Conflict, sequences); // the same click twice at once, or the author decided meanwhile
        }
    }
}
