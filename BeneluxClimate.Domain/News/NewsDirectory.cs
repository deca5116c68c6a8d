using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Partnerships;
using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Domain.Security;
using Microsoft.EntityFrameworkCore;

namespace BeneluxClimate.Domain.News;

/// <summary>Reading news: the list newest first, the latest few for the home page and the feed, one post, and its views.</summary>
public sealed class NewsDirectory(IDbContextFactory<ClimateDbContext> contexts, ILiveBus bus, TimeProvider time)
{
    public const int MaxLatest = 50;

    /// <summary>The news topic's sequence number, read before a view's data so no change falls between.</summary>
    public async Task<long> SequenceAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.CurrentSequenceAsync(LiveTopics.News, ct);
    }

    /// <summary>Newest first, one bounded page; hosts and admins also see posts scheduled for later.</summary>
    public async Task<Result<NewsList>> ListAsync(Actor viewer, NewsQuery query, CancellationToken ct = default)
    {
        if (query.PageIndex is < 0 or > NewsQuery.MaxPageIndex || (query.Language is not null && !SpokenLanguages.IsKnown(query.Language)))
        {
            return Result<NewsList>.Refused(Refusal.InvalidInput);
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var sequence = await db.CurrentSequenceAsync(LiveTopics.News, ct);
        var now = time.GetUtcNow();
        var posts = Listed(db, viewer, now);
        if (query.Language is { } language)
        {
            posts = posts.Where(p => p.Language == language);
        }

        var total = await posts.CountAsync(ct);
        var page = await posts.OrderByDescending(p => p.PublishedAtUtc).ThenByDescending(p => p.Id)
            .Skip(query.PageIndex * NewsQuery.PageSize).Take(NewsQuery.PageSize).ToListAsync(ct);
        var cards = page.Select(p => NewsReads.Card(p, now)).ToList();
        return Result<NewsList>.Ok(new NewsList(new Page<NewsCard>(cards, total, query.PageIndex, NewsQuery.PageSize), sequence));
    }

    /// <summary>The newest published posts, for the home page and the feed (everyone sees the same).</summary>
    public async Task<IReadOnlyList<NewsCard>> LatestAsync(int count, CancellationToken ct = default)
    {
        count = Math.Clamp(count, 0, MaxLatest);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var now = time.GetUtcNow();
        var posts = await Listed(db, Actor.Anonymous, now).OrderByDescending(p => p.PublishedAtUtc).ThenByDescending(p => p.Id)
            .Take(count).ToListAsync(ct);
        return posts.Select(p => NewsReads.Card(p, now)).ToList();
    }

    public async Task<Result<NewsDetails>> GetAsync(Actor viewer, int postId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var post = await db.NewsPosts.AsNoTracking().SingleOrDefaultAsync(p => p.Id == postId, ct);
        var now = time.GetUtcNow();
        if (post is null || !NewsReads.MaySee(viewer, post, now))
        {
            return Result<NewsDetails>.Refused(Refusal.NotFound);
        }

        var authors = await MemberRefs.LoadAsync(db, [post.AuthorId], ct);
        return Result<NewsDetails>.Ok(new NewsDetails(post.Id, post.Title, post.Summary, post.BodyHtml, post.Language, post.PublishedAtUtc,
            post.UpdatedAtUtc, MemberRefs.Of(authors, post.AuthorId), post.ViewCount, post.PublishedAtUtc > now, post.IsHidden,
            NewsReads.MayEdit(viewer, post)));
    }

    /// <summary>What the edit form starts from: the stored Markdown, date and version; the author or an admin only.</summary>
    public async Task<Result<NewsInput>> InputForEditAsync(Actor actor, int postId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var post = await db.NewsPosts.AsNoTracking().SingleOrDefaultAsync(p => p.Id == postId, ct);
        if (post is null || !NewsReads.MaySee(actor, post, time.GetUtcNow()))
        {
            return Result<NewsInput>.Refused(Refusal.NotFound);
        }

        if (!NewsReads.MayEdit(actor, post))
        {
            return Result<NewsInput>.Refused(actor.IsSignedIn ? Refusal.Forbidden : Refusal.NotSignedIn);
        }

        return Result<NewsInput>.Ok(new NewsInput(post.CreationId, post.Title, post.Summary, post.Body, post.Language, post.PublishedAtUtc, post.Version));
    }

    /// <summary>
    /// Counts one view of a published post per visitor and Brussels day: the view row's unique index decides, and the
    /// post's counter moves only when the row is new, in the same transaction. The author's own views do not count.
    /// Returns whether this view counted.
    /// </summary>
    /// <param name="visitorKey">From <see cref="VisitorKeys"/>: a member id or a salted hash, never an IP address.</param>
    public async Task<bool> RecordViewAsync(int postId, string visitorKey, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(visitorKey) || visitorKey.Length > NewsView.VisitorKeyMaxLength)
        {
            return false;
        }

        var now = time.GetUtcNow();
        var day = DateOnly.FromDateTime(BrusselsTime.FromUtc(now).DateTime);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var post = await db.NewsPosts.AsNoTracking().SingleOrDefaultAsync(p => p.Id == postId, ct);
        if (post is null || !post.IsPublicAt(now) || visitorKey == VisitorKeys.Member(post.AuthorId)
            || await db.NewsViews.AnyAsync(v => v.PostId == postId && v.VisitorKey == visitorKey && v.Day == day, ct))
        {
            return false;
        }

        int count;
        long sequence;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            try
            {
                db.NewsViews.Add(new NewsView { PostId = postId, VisitorKey = visitorKey, Day = day, ViewedAtUtc = now });
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                await transaction.RollbackAsync(ct); // the same visitor in another tab a moment earlier
                return false;
            }

            await db.NewsPosts.Where(p => p.Id == postId).ExecuteUpdateAsync(s => s.SetProperty(p => p.ViewCount, p => p.ViewCount + 1), ct);
            count = await db.NewsPosts.Where(p => p.Id == postId).Select(p => p.ViewCount).SingleAsync(ct);
            sequence = await NewsPublisher.NextAsync(db, ct);
            await transaction.CommitAsync(ct);
        }

        await bus.PublishAsync(new LiveEvent(LiveTopics.News, sequence, NewsEvents.Viewed, new NewsViewCount(postId, count), Audience.Public, now));
        return true;
    }

    private static IQueryable<NewsPost> Listed(ClimateDbContext db, Actor viewer, DateTimeOffset now)
    {
        var posts = db.NewsPosts.AsNoTracking().Where(p => !p.IsHidden);
        return NewsReads.IsWriter(viewer) ? posts : posts.Where(p => p.PublishedAtUtc <= now);
    }
}
