using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Notifications;
using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Domain.Text;
using Microsoft.EntityFrameworkCore;

namespace BeneluxClimate.Domain.Gatherings;

/// <summary>
/// Events: created by event hosts and admins, edited by their host, co-hosts and admins (a stale version is a
/// conflict), withdrawn (hidden) by them or by moderators. Every change is published to open lists and the event's page.
/// </summary>
public sealed class GatheringService(
    IDbContextFactory<ClimateDbContext> contexts,
    Commands commands,
    MarkdownRenderer markdown,
    WriteRateLimiter limiter,
    ILiveBus bus,
    PartnershipNotifier notifier,
    TimeProvider time)
{
    public async Task<GatheringCreation> CreateAsync(Actor actor, GatheringInput input, CancellationToken ct = default)
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

        if (!GatheringReads.MayCreate(actor))
        {
            return new(CommandResult.Refused(Refusal.Forbidden), null);
        }

        if (input.CreationId == Guid.Empty)
        {
            return new(CommandResult.Refused(Refusal.InvalidInput), null);
        }

        if (await StoredCreationAsync(db, actor, input.CreationId, ct) is { } stored)
        {
            return stored;
        }

        var problems = await ValidateAsync(db, input, actor.UserId!, ct);
        if (problems.Count > 0)
        {
            return new(CommandResult.Invalid(problems), null);
        }

        if (!limiter.TryAcquire(nameof(CreateAsync), actor.UserId!))
        {
            return new(CommandResult.Refused(Refusal.RateLimited), null);
        }

        var now = time.GetUtcNow();
        var gathering = new Gathering { CreationId = input.CreationId, HostId = actor.UserId!, CreatedAtUtc = now };
        Apply(gathering, input, now);
        (long List, long Page) sequences;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            try
            {
                db.Gatherings.Add(gathering);
                await db.SaveChangesAsync(ct);
                sequences = await GatheringPublisher.NextAsync(db, gathering.Id, ct);
                await transaction.CommitAsync(ct);
            }
            catch (DbUpdateException)
            {
                await transaction.RollbackAsync(ct);
                await using var fresh = await contexts.CreateDbContextAsync(ct);
                return await StoredCreationAsync(fresh, actor, input.CreationId, ct) ?? new(CommandResult.Refused(Refusal.Conflict), null);
            }
        }

        await GatheringPublisher.PublishAsync(bus, db, gathering, isNew: true, sequences, now, ct);
        return new(CommandResult.Ok, gathering.Id);
    }

    /// <summary>The host, co-hosts and admins edit; a stale <see cref="GatheringInput.ExpectedVersion"/> is a conflict. More seats promote the waitlist.</summary>
    public async Task<CommandResult> UpdateAsync(Actor actor, int gatheringId, GatheringInput input, CancellationToken ct = default)
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

        var gathering = await db.Gatherings.SingleOrDefaultAsync(g => g.Id == gatheringId, ct);
        if (gathering is null || !GatheringReads.MaySee(actor, gathering))
        {
            return CommandResult.Refused(Refusal.NotFound);
        }

        if (!GatheringReads.MayEdit(actor, gathering))
        {
            return CommandResult.Refused(Refusal.Forbidden);
        }

        if (input.ExpectedVersion is { } expected && expected != gathering.Version)
        {
            return CommandResult.Refused(Refusal.Conflict);
        }

        var problems = await ValidateAsync(db, input, gathering.HostId, ct);
        if (problems.Count > 0)
        {
            return CommandResult.Invalid(problems);
        }

        if (!limiter.TryAcquire(nameof(UpdateAsync), actor.UserId!))
        {
            return CommandResult.Refused(Refusal.RateLimited);
        }

        var now = time.GetUtcNow();
        Apply(gathering, input, now);
        gathering.Version = Guid.NewGuid();
        (long List, long Page) sequences;
        var promotedChanges = new List<MemberRegistration>();
        SeatsStatus? seats = null;
        SeatSequences? seatSequences = null;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            try
            {
                sequences = await GatheringPublisher.NextAsync(db, gathering.Id, ct);
                await db.SaveChangesAsync(ct);
                var promoted = await SeatKeeper.PromoteAsync(db, gathering.Id, now, ct);
                if (promoted.Count > 0)
                {
                    promotedChanges.AddRange(promoted.Select(p => new MemberRegistration(gathering.Id, p.MemberId, RegistrationStatus.Registered, null, p.RequestedAtUtc, gathering.MeetingUrl)));
                    seats = await SeatKeeper.StatusAsync(db, gathering.Id, promoted.Select(p => p.RequestedAtUtc).ToList(), ct);
                    seatSequences = await SeatKeeper.NextAsync(db, gathering.Id, await db.NextSequenceAsync(LiveTopics.Events, ct), promoted.Count, ct);
                }

                await transaction.CommitAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                return CommandResult.Refused(Refusal.Conflict);
            }
        }

        // Counters are changed by statements, not by this tracked copy: read them back before publishing the card.
        await db.Entry(gathering).ReloadAsync(ct);
        await GatheringPublisher.PublishAsync(bus, db, gathering, isNew: false, sequences, now, ct);
        if (seats is not null)
        {
            await SeatKeeper.PublishAsync(bus, notifier, seats, seatSequences!, promotedChanges, gathering.Title, actor.UserId!, now, ct);
        }

        return CommandResult.Ok;
    }

    /// <summary>Withdraws an event (hidden from lists and pages) or brings it back: its hosts, admins and moderators.</summary>
    public async Task<CommandResult> SetWithdrawnAsync(Actor actor, int gatheringId, bool withdrawn, CancellationToken ct = default)
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

        var gathering = await db.Gatherings.SingleOrDefaultAsync(g => g.Id == gatheringId, ct);
        if (gathering is null || !GatheringReads.MaySee(actor, gathering))
        {
            return CommandResult.Refused(Refusal.NotFound);
        }

        if (!GatheringReads.MayEdit(actor, gathering) && !actor.IsModerator)
        {
            return CommandResult.Refused(Refusal.Forbidden);
        }

        if (gathering.IsHidden == withdrawn)
        {
            return CommandResult.Ok;
        }

        if (!limiter.TryAcquire(nameof(SetWithdrawnAsync), actor.UserId!))
        {
            return CommandResult.Refused(Refusal.RateLimited);
        }

        var now = time.GetUtcNow();
        gathering.IsHidden = withdrawn;
        gathering.UpdatedAtUtc = now;
        gathering.Version = Guid.NewGuid();
        (long List, long Page) sequences;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            try
            {
                sequences = await GatheringPublisher.NextAsync(db, gathering.Id, ct);
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                return CommandResult.Refused(Refusal.Conflict);
            }
        }

        await GatheringPublisher.PublishAsync(bus, db, gathering, isNew: !withdrawn, sequences, now, ct);
        return CommandResult.Ok;
    }

    private void Apply(Gathering gathering, GatheringInput input, DateTimeOffset now)
    {
        var online = input.Format is GatheringFormat.Virtual or GatheringFormat.Hybrid;
        var onSite = input.Format is GatheringFormat.Physical or GatheringFormat.Hybrid;
        gathering.Title = input.Title.Trim();
        gathering.Description = input.Description ?? "";
        gathering.DescriptionHtml = markdown.Render(gathering.Description);
        gathering.Format = input.Format;
        gathering.StartsAtUtc = BrusselsTime.ToUtc(input.StartsAtBrussels);
        gathering.EndsAtUtc = BrusselsTime.ToUtc(input.EndsAtBrussels);
        gathering.RegistrationDeadlineUtc = input.RegistrationDeadlineBrussels is { } deadline ? BrusselsTime.ToUtc(deadline) : null;
        gathering.VenueName = onSite ? input.VenueName?.Trim() : null;
        gathering.VenueAddress = onSite ? input.VenueAddress?.Trim() : null;
        gathering.VenueCountryCode = onSite ? input.VenueCountryCode : null;
        gathering.MeetingUrl = online ? input.MeetingUrl?.Trim() : null;
        gathering.Capacity = input.Capacity;
        gathering.RequiresRegistration = input.RequiresRegistration;
        gathering.Themes = input.Themes.Distinct().Order().ToList();
        gathering.Languages = input.Languages.Distinct().ToList();
        gathering.CoHostIds = input.CoHostIds.Distinct().Where(id => id != gathering.HostId).ToList();
        gathering.UpdatedAtUtc = now;
        gathering.SearchText = SearchText.Normalize($"{gathering.Title} {gathering.VenueName} {gathering.VenueAddress}");
    }

    private static async Task<List<FieldProblem>> ValidateAsync(ClimateDbContext db, GatheringInput input, string hostId, CancellationToken ct)
    {
        var problems = GatheringRules.Validate(input).ToList();
        if (problems.All(p => p.Field != nameof(input.CoHostIds)) && input.CoHostIds.Count > 0)
        {
            var ids = input.CoHostIds.Distinct().ToList();
            var known = await db.Users.CountAsync(u => ids.Contains(u.Id), ct);
            if (known != ids.Count)
            {
                problems.Add(new(nameof(input.CoHostIds), "Invalid"));
            }
        }

        return problems;
    }

    private static async Task<GatheringCreation?> StoredCreationAsync(ClimateDbContext db, Actor actor, Guid creationId, CancellationToken ct)
    {
        var stored = await db.Gatherings.AsNoTracking().Where(g => g.CreationId == creationId)
            .Select(g => new { g.Id, g.HostId }).SingleOrDefaultAsync(ct);
        return stored is null ? null
            : stored.HostId == actor.UserId ? new(CommandResult.Ok, stored.Id)
            : new(CommandResult.Refused(Refusal.Conflict), null);
    }
}
