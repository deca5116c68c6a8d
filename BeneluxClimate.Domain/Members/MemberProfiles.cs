using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Moderation;
using BeneluxClimate.Domain.Organisations;
using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Domain.Text;
using Microsoft.EntityFrameworkCore;

namespace BeneluxClimate.Domain.Members;

/// <summary>Onboarding, the own profile, and member pages with their privacy rules.</summary>
public sealed class MemberProfiles(
    IDbContextFactory<ClimateDbContext> contexts,
    Commands commands,
    MarkdownRenderer markdown,
    WriteRateLimiter limiter,
    ILiveBus bus,
    ActivityFeed feed,
    TimeProvider time)
{
    public async Task<Result<ProfileDraft>> GetOwnAsync(Actor actor, CancellationToken ct = default)
    {
        if (!actor.IsSignedIn)
        {
            return Result<ProfileDraft>.Refused(Refusal.NotSignedIn);
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var user = await db.Users.AsNoTracking().Where(u => u.Id == actor.UserId).Select(u => new { u.DisplayName, u.Email }).SingleOrDefaultAsync(ct);
        if (user is null)
        {
            return Result<ProfileDraft>.Refused(Refusal.NotFound);
        }

        var p = await db.MemberProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.UserId == actor.UserId, ct);
        var input = p is null
            ? new ProfileInput(user.DisplayName, "", ActorType.Research, "", null, [], [], [], "", [], ProfileVisibility.MembersOnly, false, null)
            : new ProfileInput(user.DisplayName, p.Headline, p.ActorType, p.CountryCode, p.RegionCode, p.Themes, p.Languages, p.Expertise, p.Bio, p.Links, p.Visibility, p.ShowEmailToMembers, p.Version);
        return Result<ProfileDraft>.Ok(new ProfileDraft(input, user.Email ?? "", p?.OnboardedAtUtc is not null));
    }

    /// <summary>Whether the member has finished onboarding: one indexed lookup, for the layout's reminder.</summary>
    public async Task<bool> IsOnboardedAsync(Actor actor, CancellationToken ct = default)
    {
        if (!actor.IsSignedIn)
        {
            return false;
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.MemberProfiles.AsNoTracking().AnyAsync(p => p.UserId == actor.UserId && p.OnboardedAtUtc != null, ct);
    }

    /// <summary>Saves the own profile; the first save completes onboarding and puts the member in the directory.</summary>
    public async Task<CommandResult> SaveAsync(Actor actor, ProfileInput input, CancellationToken ct = default)
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

        var problems = ProfileRules.Validate(input);
        if (problems.Count > 0)
        {
            return CommandResult.Invalid(problems);
        }

        if (!limiter.TryAcquire(nameof(SaveAsync), actor.UserId!))
        {
            return CommandResult.Refused(Refusal.RateLimited);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == actor.UserId, ct);
        if (user is null)
        {
            return CommandResult.Refused(Refusal.NotFound);
        }

        var profile = await db.MemberProfiles.SingleOrDefaultAsync(p => p.UserId == actor.UserId, ct);
        if (profile is not null && input.ExpectedVersion is { } expected && profile.Version != expected)
        {
            return CommandResult.Refused(Refusal.Conflict);
        }

        if (profile is null)
        {
            profile = new MemberProfile(user.Id);
            db.MemberProfiles.Add(profile);
        }

        var now = time.GetUtcNow();
        var organisationName = await DirectoryPublisher.OrganisationNameAsync(db, user.Id, ct);
        var joining = profile.OnboardedAtUtc is null;
        user.DisplayName = input.DisplayName.Trim();
        Apply(profile, input, now);
        profile.SearchText = DirectoryPublisher.ProfileSearchText(user.DisplayName, profile.Headline, profile.Expertise, organisationName);
        var sequences = await DirectoryPublisher.NextSequencesAsync(db, ct);
        try
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult.Refused(Refusal.Conflict);
        }

        await DirectoryPublisher.PublishAsync(bus, db, user.Id, joining, sequences, now, ct);
        await feed.RecordAsync(new ActivityRecord(
            joining ? ActivityKind.MemberJoined : ActivityKind.MemberUpdated, user.Id, user.DisplayName, $"members/{user.Id}", [profile.CountryCode], profile.Themes), ct);
        return CommandResult.Ok;
    }

    public async Task<Result<MemberDetails>> GetMemberAsync(Actor viewer, string userId, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(userId) || userId.Length > 450)
        {
            return Result<MemberDetails>.Refused(Refusal.NotFound);
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var card = await MemberDirectory.CardAsync(db, userId, ct, includeHidden: true);
        var isOwn = viewer.UserId == userId;
        if (card is null || (card.Visibility != ProfileVisibility.Public && !viewer.IsSignedIn))
        {
            return Result<MemberDetails>.Refused(Refusal.NotFound); // a members-only profile does not exist for strangers
        }

        var rest = await db.MemberProfiles.AsNoTracking().Where(p => p.UserId == userId)
            .Join(db.Users, p => p.UserId, u => u.Id, (p, u) => new { p.Expertise, p.BioHtml, p.Links, p.ShowEmailToMembers, p.IsHidden, u.Email, u.JoinedAtUtc })
            .SingleAsync(ct);
        if (rest.IsHidden && !isOwn && !viewer.IsModerator)
        {
            return Result<MemberDetails>.Refused(Refusal.NotFound); // hidden by moderation: gone for everyone else
        }

        var email = viewer.IsSignedIn && (rest.ShowEmailToMembers || isOwn) ? rest.Email : null;
        return Result<MemberDetails>.Ok(new MemberDetails(card, rest.Expertise, rest.BioHtml, rest.Links, email, rest.JoinedAtUtc, isOwn, rest.IsHidden));
    }

    /// <summary>After an account is deleted, open directories drop its card.</summary>
    public async Task AnnounceDepartureAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var sequences = await DirectoryPublisher.NextSequencesAsync(db, ct);
        await transaction.CommitAsync(ct);
        var now = time.GetUtcNow();
        await bus.PublishAsync(new LiveEvent(LiveTopics.DirectoryForMembers, sequences.ForMembers, MemberDirectory.Hidden, userId, Audience.Members, now));
        await bus.PublishAsync(new LiveEvent(LiveTopics.Directory, sequences.ForEveryone, MemberDirectory.Hidden, userId, Audience.Public, now));
    }

    private void Apply(MemberProfile profile, ProfileInput input, DateTimeOffset now)
    {
        profile.Headline = input.Headline.Trim();
        profile.ActorType = input.ActorType;
        profile.CountryCode = input.CountryCode;
        profile.RegionCode = input.RegionCode;
        profile.Themes = [.. input.Themes.Distinct()];
        profile.Languages = [.. input.Languages.Distinct()];
        profile.Expertise = [.. input.Expertise.Select(t => t.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)];
        profile.Links = [.. input.Links.Distinct()];
        profile.Bio = input.Bio ?? "";
        profile.BioHtml = markdown.Render(profile.Bio);
        profile.Visibility = input.Visibility;
        profile.ShowEmailToMembers = input.ShowEmailToMembers;
        profile.OnboardedAtUtc ??= now;
        profile.UpdatedAtUtc = now;
        profile.Version = Guid.NewGuid();
    }
}
