using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Domain.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BeneluxClimate.Domain.News;

/// <summary>
/// Writing news: event hosts and admins publish posts, their author or an admin edits and withdraws them. Every change
/// is published on the news topic after its commit.
/// </summary>
public sealed class NewsService(
    IDbContextFactory<ClimateDbContext> contexts,
    Commands commands,
    MarkdownRenderer markdown,
    WriteRateLimiter limiter,
    ILiveBus bus,
    IOptions<NewsOptions> options,
    TimeProvider time)
{
    public async Task<NewsCreation> PublishAsync(Actor actor, NewsInput input, CancellationToken ct = default)
    {
        await using var command = await commands.BeginAsync(actor, ct);
        if (command.Refused is { } standing)
        {
            return new(CommandResult.Refused(standing), null);
        }

        actor = command.Actor;
        var db = command.Db;

        ArgumentNullException.ThrowIfNull(input);
        if (!NewsReads.IsWriter(actor))
        {
            return new(CommandResult.Refused(actor.IsSignedIn ? Refusal.Forbidden : Refusal.NotSignedIn), null);
        }

        if (input.CreationId == Guid.Empty)
        {
            return new(CommandResult.Refused(Refusal.InvalidInput), null);
        }

        if (await StoredCreationAsync(db, actor, input.CreationId, ct) is { } stored)
        {
            return stored;
        }

        var now = time.GetUtcNow();
        var problems = NewsRules.Validate(input, now, options.Value.MaxScheduleDays);
        if (problems.Count > 0)
        {
            return new(CommandResult.Invalid(problems), null);
        }

        if (!limiter.TryAcquire("News." + nameof(PublishAsync), actor.UserId!))
        {
            return new(CommandResult.Refused(Refusal.RateLimited), null);
        }

        var post = new NewsPost { CreationId = input.CreationId, AuthorId = actor.UserId!, CreatedAtUtc = now };
        Apply(post, input, now);
        long sequence;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            db.NewsPosts.Add(post);
            try
            {
                sequence = await NewsPublisher.NextAsync(db, ct);
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

        await NewsPublisher.PublishAsync(bus, post, isNew: true, sequence, now);
        return new(CommandResult.Ok, post.Id);
    }

    /// <summary>The author or an admin edits; a stale <see cref="NewsInput.ExpectedVersion"/> is a conflict.</summary>
    public Task<CommandResult> UpdateAsync(Actor actor, int postId, NewsInput input, CancellationToken ct = default) =>
        ChangeAsync(actor, postId, "News." + nameof(UpdateAsync), (post, now) =>
        {
            if (input.ExpectedVersion is { } expected && expected != post.Version)
            {
                return CommandResult.Refused(Refusal.Conflict);
            }

            var problems = NewsRules.Validate(input, now, options.Value.MaxScheduleDays);
            if (problems.Count > 0)
            {
                return CommandResult.Invalid(problems);
            }

            Apply(post, input, now, keepDate: true);
            return null;
        }, ct);

    /// <summary>The author or an admin takes a post out of the lists and public view; repeating it changes nothing.</summary>
    public Task<CommandResult> WithdrawAsync(Actor actor, int postId, CancellationToken ct = default) =>
        ChangeAsync(actor, postId, "News." + nameof(WithdrawAsync), (post, now) =>
        {
            if (post.IsHidden)
            {
                return CommandResult.Ok;
            }

            post.IsHidden = true;
            post.UpdatedAtUtc = now;
            return null;
        }, ct);

    private async Task<CommandResult> ChangeAsync(
        Actor actor, int postId, string action, Func<NewsPost, DateTimeOffset, CommandResult?> change, CancellationToken ct)
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

        var post = await db.NewsPosts.SingleOrDefaultAsync(p => p.Id == postId, ct);
        var now = time.GetUtcNow();
        if (post is null || !NewsReads.MaySee(actor, post, now))
        {
            return CommandResult.Refused(Refusal.NotFound);
        }

        if (!NewsReads.MayEdit(actor, post))
        {
            return CommandResult.Refused(Refusal.Forbidden);
        }

        if (change(post, now) is { } outcome)
        {
            return outcome;
        }

        if (!limiter.TryAcquire(action, actor.UserId!))
        {
            return CommandResult.Refused(Refusal.RateLimited);
        }

        post.Version = Guid.NewGuid();
        long sequence;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            sequence = await NewsPublisher.NextAsync(db, ct);
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

        await NewsPublisher.PublishAsync(bus, post, isNew: false, sequence, now);
        return CommandResult.Ok;
    }

    /// <param name="keepDate">On an edit without a date, the post keeps its publication date.</param>
    private void Apply(NewsPost post, NewsInput input, DateTimeOffset now, bool keepDate = false)
    {
        post.Title = input.Title.Trim();
        post.Summary = input.Summary.Trim();
        post.Body = input.Body;
        post.BodyHtml = markdown.Render(input.Body);
        post.Language = input.Language;
        post.PublishedAtUtc = input.PublishAtUtc?.ToUniversalTime() ?? (keepDate ? post.PublishedAtUtc : now);
        post.UpdatedAtUtc = now;
    }

    private static async Task<NewsCreation?> StoredCreationAsync(ClimateDbContext db, Actor actor, Guid creationId, CancellationToken ct)
    {
        var stored = await db.NewsPosts.AsNoTracking().Where(p => p.CreationId == creationId)
            .Select(p => new { p.Id, p.AuthorId }).SingleOrDefaultAsync(ct);
        return stored is null ? null
            : stored.AuthorId == actor.UserId ? new(CommandResult.Ok, stored.Id)
            : new(CommandResult.Refused(Refusal.Conflict), null);
    }
}
