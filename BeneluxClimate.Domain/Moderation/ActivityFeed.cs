using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Partnerships;
using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Domain.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BeneluxClimate.Domain.Moderation;

/// <summary>
/// The moderators' live feed: services record what happened after their own commit, the line is stored with the
/// feed's next number and pushed to open situation rooms. Only moderators read it.
/// </summary>
public sealed class ActivityFeed(
    IDbContextFactory<ClimateDbContext> contexts,
    ILiveBus bus,
    TimeProvider time,
    IOptions<ModerationOptions> options,
    ILogger<ActivityFeed> logger)
{
    public const string Added = "ActivityAdded";
    public const int PageSize = 50;

    /// <summary>Stores and pushes one line. A failure is logged, never handed to the member whose action succeeded.</summary>
    public async Task RecordAsync(ActivityRecord record, CancellationToken ct = default)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var now = time.GetUtcNow();
            var actorName = record.ActorId is null ? "" : MemberRefs.Of(await MemberRefs.LoadAsync(db, [record.ActorId], ct), record.ActorId).DisplayName;
            var entry = new ActivityEntry
            {
                Kind = record.Kind,
                ActorId = record.ActorId,
                ActorName = actorName,
                Subject = Shorten(record.Subject),
                Link = record.Link,
                CountryKey = CountryKey.Of(record.Countries ?? []),
                ThemeMask = TaxonomyMasks.Of(record.Themes ?? []),
                IsBusy = record.ProposalId is { } proposalId && await IsBusyAsync(db, proposalId, now, ct),
                AtUtc = now,
            };
            await using (var transaction = await db.Database.BeginTransactionAsync(ct))
            {
                entry.Sequence = await db.NextSequenceAsync(LiveTopics.ModerationFeed, ct);
                db.ActivityEntries.Add(entry);
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
            }

            await bus.PublishAsync(new LiveEvent(LiveTopics.ModerationFeed, entry.Sequence, Added, ToItem(entry), Audience.Moderators, now));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Recording {Kind} in the moderation feed failed.", record.Kind);
        }
    }

    /// <summary>The newest lines matching the filters, newest first.</summary>
    public async Task<Result<ActivityPage>> ListAsync(Actor actor, ActivityQuery query, CancellationToken ct = default)
    {
        if (actor.RefusalUnlessModerator() is { } refusal)
        {
            return Result<ActivityPage>.Refused(refusal);
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var sequence = await db.CurrentSequenceAsync(LiveTopics.ModerationFeed, ct);
        var entries = db.ActivityEntries.AsNoTracking();
        if (query.Kind is { } kind)
        {
            entries = entries.Where(e => e.Kind == kind);
        }

        if (query.Country is { } country)
        {
            var key = CountryKey.Of(country);
            entries = entries.Where(e => e.CountryKey.Contains(key));
        }

        if (query.Theme is { } theme)
        {
            var bit = TaxonomyMasks.Bit(theme);
            entries = entries.Where(e => (e.ThemeMask & bit) != 0);
        }

        var newest = await entries.Where(e => e.Sequence <= sequence).OrderByDescending(e => e.Sequence).Take(PageSize).ToListAsync(ct);
        return Result<ActivityPage>.Ok(new ActivityPage(newest.Select(ToItem).ToList(), sequence));
    }

    private async Task<bool> IsBusyAsync(ClimateDbContext db, int proposalId, DateTimeOffset now, CancellationToken ct)
    {
        var since = now.AddMinutes(-1);
        var lastMinute = await db.Comments.CountAsync(c => c.ProposalId == proposalId && c.CreatedAtUtc > since, ct);
        return lastMinute > options.Value.BusyCommentsPerMinute;
    }

    private static string Shorten(string subject)
    {
        var trimmed = subject.ReplaceLineEndings(" ").Trim();
        return trimmed.Length <= ActivityEntry.SubjectMaxLength ? trimmed : trimmed[..(ActivityEntry.SubjectMaxLength - 1)] + "…";
    }

    private static ActivityItem ToItem(ActivityEntry e) =>
        new(e.Id, e.Sequence, e.Kind, e.ActorId, e.ActorName, e.Subject, e.Link, CountryKey.CountriesIn(e.CountryKey).ToList(), e.ThemeMask, e.IsBusy, e.AtUtc);
}
