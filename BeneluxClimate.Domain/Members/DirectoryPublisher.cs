using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Organisations;
using BeneluxClimate.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BeneluxClimate.Domain.Members;

/// <summary>
/// How every service changes a member's directory card the same way: the profile's search text, the two
/// directory topics' sequence numbers taken inside the write transaction, and the card published after the commit.
/// </summary>
internal static class DirectoryPublisher
{
    /// <summary>Name, headline, expertise and organisation folded for search.</summary>
    public static string ProfileSearchText(string displayName, string headline, IEnumerable<string> expertise, string? organisationName) =>
        SearchText.Normalize($"{displayName} {headline} {string.Join(' ', expertise)} {organisationName}");

    /// <summary>Takes both directory topics' next numbers; call inside the write transaction.</summary>
    public static async Task<DirectorySequences> NextSequencesAsync(ClimateDbContext db, CancellationToken ct) =>
        new(await db.NextSequenceAsync(LiveTopics.DirectoryForMembers, ct), await db.NextSequenceAsync(LiveTopics.Directory, ct));

    /// <summary>
    /// Inside the write transaction: gives an onboarded member's profile the search text for their new organisation
    /// (null when they have none) and takes the directory numbers. Returns null when the member is not onboarded
    /// (no card to change).
    /// </summary>
    public static async Task<DirectorySequences?> RefreshProfileAsync(ClimateDbContext db, string userId, string? organisationName, CancellationToken ct)
    {
        var profile = await db.MemberProfiles.SingleOrDefaultAsync(p => p.UserId == userId && p.OnboardedAtUtc != null, ct);
        if (profile is null)
        {
            return null;
        }

        var displayName = await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).SingleAsync(ct);
        profile.SearchText = ProfileSearchText(displayName, profile.Headline, profile.Expertise, organisationName);
        return await NextSequencesAsync(db, ct);
    }

    /// <summary>The active organisation's name of a member, or null.</summary>
    public static Task<string?> OrganisationNameAsync(ClimateDbContext db, string userId, CancellationToken ct) =>
        db.OrganisationMemberships
            .Where(m => m.UserId == userId && m.Status == OrganisationMembershipStatus.Active)
            .Join(db.Organisations, m => m.OrganisationId, o => o.Id, (_, o) => o.Name).FirstOrDefaultAsync(ct);

    /// <summary>After the commit: members get the card, visitors get it too when public, or lose it otherwise.</summary>
    public static async Task PublishAsync(ILiveBus bus, ClimateDbContext db, string userId, bool joining, DirectorySequences sequences, DateTimeOffset now, CancellationToken ct)
    {
        var card = await MemberDirectory.CardAsync(db, userId, ct);
        if (card is null)
        {
            return;
        }

        var kind = joining ? MemberDirectory.Joined : MemberDirectory.Updated;
        await bus.PublishAsync(new LiveEvent(LiveTopics.DirectoryForMembers, sequences.ForMembers, kind, card, Audience.Members, now));
        await bus.PublishAsync(card.Visibility == ProfileVisibility.Public
            ? new LiveEvent(LiveTopics.Directory, sequences.ForEveryone, kind, card, Audience.Public, now)
            : new LiveEvent(LiveTopics.Directory, sequences.ForEveryone, MemberDirectory.Hidden, userId, Audience.Public, now));
    }

    /// <summary>
    /// After a moderator hid or restored a profile: every open directory drops or regains the card with its counts.
    /// Visitors' directories never showed a members-only card; they only move on to the new number.
    /// </summary>
    public static async Task PublishVisibilityAsync(ILiveBus bus, ClimateDbContext db, string userId, bool hidden, DirectorySequences sequences, DateTimeOffset now, CancellationToken ct)
    {
        var card = await MemberDirectory.CardAsync(db, userId, ct, includeHidden: true);
        if (card is null)
        {
            return;
        }

        var kind = hidden ? MemberDirectory.Removed : MemberDirectory.Restored;
        await bus.PublishAsync(new LiveEvent(LiveTopics.DirectoryForMembers, sequences.ForMembers, kind, card, Audience.Members, now));
        await bus.PublishAsync(card.Visibility == ProfileVisibility.Public
            ? new LiveEvent(LiveTopics.Directory, sequences.ForEveryone, kind, card, Audience.Public, now)
            : new LiveEvent(LiveTopics.Directory, sequences.ForEveryone, MemberDirectory.Hidden, userId, Audience.Public, now));
    }
}
