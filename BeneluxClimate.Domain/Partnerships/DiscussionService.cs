using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Moderation;
using BeneluxClimate.Domain.Notifications;
using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Domain.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BeneluxClimate.Domain.Partnerships;

/// <summary>
/// A proposal's discussion: posting (once per client id, within the posting limits), replying one level deep,
/// mentioning, editing within minutes, removing, reacting. Every change is numbered on the proposal's topic inside
/// its transaction and published after the commit with everything viewers need to show it.
/// </summary>
public sealed class DiscussionService(
    IDbContextFactory<ClimateDbContext> contexts,
    Commands commands,
    MarkdownRenderer markdown,
    WriteRateLimiter limiter,
    PartnershipNotifier notifier,
    IOptions<DiscussionOptions> options,
    ILiveBus bus,
    ActivityFeed feed,
    TimeProvider time)
{
    private DiscussionOptions Limits => options.Value;

    public async Task<CommentPosting> PostAsync(Actor actor, int proposalId, CommentInput input, CancellationToken ct = default)
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

        var proposal = await db.Proposals.SingleOrDefaultAsync(p => p.Id == proposalId, ct);
        if (proposal is null || !ProposalReads.MaySee(actor, proposal))
        {
            return new(CommandResult.Refused(Refusal.NotFound), null);
        }

        if (input.ClientId == Guid.Empty)
        {
            return new(CommandResult.Refused(Refusal.InvalidInput), null);
        }

        if (await StoredAsync(db, actor, input.ClientId, ct) is { } stored)
        {
            return stored;
        }

        if (proposal.IsLocked)
        {
            return new(CommandResult.Refused(Refusal.Locked), null);
        }

        var body = input.Body?.Trim() ?? "";
        var problems = Validate(body);
        var parentId = input.ParentId;
        if (parentId is { } requested)
        {
            var parent = await db.Comments.AsNoTracking().Where(c => c.Id == requested && c.ProposalId == proposalId)
                .Select(c => new { c.Id, c.ParentId }).SingleOrDefaultAsync(ct);
            parentId = parent is null ? null : parent.ParentId ?? parent.Id; // replies stay one level deep
            if (parent is null)
            {
                problems.Add(new(nameof(input.ParentId), "Invalid"));
            }
        }

        var mentioned = Mentions.In(body);
        if (mentioned.Count > 0 && await db.Users.CountAsync(u => mentioned.Contains(u.Id), ct) != mentioned.Count)
        {
            problems.Add(new(nameof(input.Body), "UnknownMention"));
        }

        if (problems.Count > 0)
        {
            return new(CommandResult.Invalid(problems), null);
        }

        var now = time.GetUtcNow();
        var hash = CommentHash.Of(body);
        var comment = new Comment
        {
            ProposalId = proposalId,
            AuthorId = actor.UserId!,
            ParentId = parentId,
            ClientId = input.ClientId,
            Body = body,
            BodyHtml = markdown.Render(body),
            BodyHash = hash,
            CreatedAtUtc = now,
        };
        long sequence;
        long listSequence;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            // Taking the number first serializes writers on this proposal, so the limits below see every earlier post.
            sequence = await db.NextSequenceAsync(LiveTopics.Proposal(proposalId), ct);
            if (await RetryAfterAsync(db, actor.UserId!, hash, proposal, now, ct) is { } limit)
            {
                return new(CommandResult.Refused(Refusal.RateLimited), null, limit.RetryAfter, limit.Duplicate);
            }

            db.Comments.Add(comment);
            proposal.CommentCount++;
            proposal.LastActivityAtUtc = now;
            if (!await db.ProposalFollowers.AnyAsync(f => f.ProposalId == proposalId && f.UserId == actor.UserId, ct))
            {
                db.ProposalFollowers.Add(new ProposalFollower { ProposalId = proposalId, UserId = actor.UserId!, FollowedAtUtc = now });
            }

            listSequence = await db.NextSequenceAsync(LiveTopics.Proposals, ct);
            try
            {
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
            }
            catch (DbUpdateException)
            {
                await transaction.RollbackAsync(ct);
                await using var fresh = await contexts.CreateDbContextAsync(ct);
                return await StoredAsync(fresh, actor, input.ClientId, ct) ?? new(CommandResult.Refused(Refusal.Conflict), null);
            }
        }

        // One read for both people the two events show; a new comment has no reactions yet.
        var people = await MemberRefs.LoadAsync(db, [comment.AuthorId, proposal.AuthorId], ct);
        var view = View(CommentRow.Of(comment), people, []);
        await bus.PublishAsync(new LiveEvent(LiveTopics.Proposal(proposalId), sequence, ProposalEvents.CommentPosted, view, Audience.Public, now));
        var card = ProposalReads.Card(proposal, MemberRefs.Of(people, proposal.AuthorId));
        await bus.PublishAsync(new LiveEvent(LiveTopics.Proposals, listSequence, ProposalEvents.ProposalChanged, card, Audience.Public, now));
        await feed.RecordAsync(new ActivityRecord(
            ActivityKind.CommentPosted, actor.UserId, body, $"proposals/{proposalId}#comment-{comment.Id}", proposal.Countries, proposal.Themes, proposalId), ct);
        await NotifyAsync(db, proposal, comment, mentioned, ct);
        return new(CommandResult.Ok, view);
    }

    /// <summary>The author edits within <see cref="DiscussionOptions.EditWindowMinutes"/>; the earlier text is kept for moderators.</summary>
    public Task<CommandResult> EditAsync(Actor actor, long commentId, string body, CancellationToken ct = default) =>
        ChangeOwnAsync(actor, commentId, nameof(EditAsync), (comment, now) =>
        {
            var text = body?.Trim() ?? "";
            if (comment.IsDeleted)
            {
                return CommandResult.Refused(Refusal.Conflict);
            }

            if (now - comment.CreatedAtUtc > TimeSpan.FromMinutes(Limits.EditWindowMinutes))
            {
                return CommandResult.Refused(Refusal.Forbidden); // too late to edit: post a new comment instead
            }

            var problems = Validate(text);
            if (problems.Count > 0)
            {
                return CommandResult.Invalid(problems);
            }

            if (text == comment.Body)
            {
                return CommandResult.Ok;
            }

            comment.Body = text;
            comment.BodyHtml = markdown.Render(text);
            comment.BodyHash = CommentHash.Of(text);
            comment.EditedAtUtc = now;
            return null;
        }, ct);

    /// <summary>The author removes their comment: it shows as removed; its text is kept for moderators.</summary>
    public Task<CommandResult> DeleteAsync(Actor actor, long commentId, CancellationToken ct = default) =>
        ChangeOwnAsync(actor, commentId, nameof(DeleteAsync), (comment, _) =>
        {
            if (comment.IsDeleted)
            {
                return CommandResult.Ok;
            }

            comment.IsDeleted = true;
            return null;
        }, ct);

    /// <summary>Adds the member's reaction of this kind, or takes it back when it is there.</summary>
    public async Task<CommandResult> ReactAsync(Actor actor, long commentId, ReactionKind kind, CancellationToken ct = default)
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

        if (!Enum.IsDefined(kind))
        {
            return CommandResult.Refused(Refusal.InvalidInput);
        }

        var comment = await db.Comments.AsNoTracking().SingleOrDefaultAsync(c => c.Id == commentId, ct);
        var proposal = comment is null ? null : await db.Proposals.AsNoTracking().SingleOrDefaultAsync(p => p.Id == comment.ProposalId, ct);
        if (comment is null || proposal is null || !ProposalReads.MaySee(actor, proposal) || comment.IsDeleted || comment.IsHidden)
        {
            return CommandResult.Refused(Refusal.NotFound);
        }

        if (!limiter.TryAcquire(nameof(ReactAsync), actor.UserId!))
        {
            return CommandResult.Refused(Refusal.RateLimited);
        }

        var now = time.GetUtcNow();
        long sequence;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            sequence = await db.NextSequenceAsync(LiveTopics.Proposal(comment.ProposalId), ct);
            var existing = await db.CommentReactions.SingleOrDefaultAsync(r => r.CommentId == commentId && r.UserId == actor.UserId && r.Kind == kind, ct);
            if (existing is null)
            {
                db.CommentReactions.Add(new CommentReaction { CommentId = commentId, UserId = actor.UserId!, Kind = kind, ReactedAtUtc = now });
            }
            else
            {
                db.CommentReactions.Remove(existing);
            }

            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }

        var view = (await ViewsAsync(db, [comment], ct)).Single();
        await bus.PublishAsync(new LiveEvent(LiveTopics.Proposal(comment.ProposalId), sequence, ProposalEvents.CommentChanged, view, Audience.Public, now));
        return CommandResult.Ok;
    }

    /// <summary>The kinds of reaction this member gave to these comments (to show their own reactions pressed).</summary>
    public async Task<IReadOnlySet<(long CommentId, ReactionKind Kind)>> ReactionsOfAsync(Actor viewer, IReadOnlyCollection<long> commentIds, CancellationToken ct = default)
    {
        if (!viewer.IsSignedIn || commentIds.Count == 0)
        {
            return new HashSet<(long, ReactionKind)>();
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var own = await db.CommentReactions.AsNoTracking().Where(r => r.UserId == viewer.UserId && commentIds.Contains(r.CommentId))
            .Select(r => new { r.CommentId, r.Kind }).ToListAsync(ct);
        return own.Select(r => (r.CommentId, r.Kind)).ToHashSet();
    }

    /// <summary>The discussion, newest <see cref="DiscussionOptions.ThreadLimit"/> comments, oldest first, at the topic's number.</summary>
    public async Task<Result<DiscussionThread>> ThreadAsync(Actor viewer, int proposalId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var sequence = await db.CurrentSequenceAsync(LiveTopics.Proposal(proposalId), ct);
        var proposal = await VisibilityQuery.For(db)(db, proposalId, ct);
        if (proposal is null || !ProposalReads.MaySee(viewer, proposal.IsHidden, proposal.AuthorId))
        {
            return Result<DiscussionThread>.Refused(Refusal.NotFound);
        }

        var newest = new List<CommentRow>(Limits.ThreadLimit + 1);
        await foreach (var row in NewestQuery.For(db)(db, proposalId, Limits.ThreadLimit + 1).WithCancellation(ct))
        {
            newest.Add(row);
        }

        var hasOlder = newest.Count > Limits.ThreadLimit;
        var shown = newest.Take(Limits.ThreadLimit).OrderBy(c => c.Id).ToList();
        return Result<DiscussionThread>.Ok(new DiscussionThread(await ViewsAsync(db, shown, ct), hasOlder, sequence));
    }

    /// <summary>The Markdown of the member's own comment, for the inline editor (views carry only the rendered HTML).</summary>
    public async Task<Result<string>> SourceAsync(Actor actor, long commentId, CancellationToken ct = default)
    {
        if (!actor.IsSignedIn)
        {
            return Result<string>.Refused(Refusal.NotSignedIn);
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var own = await db.Comments.AsNoTracking().Where(c => c.Id == commentId && !c.IsDeleted)
            .Select(c => new { c.AuthorId, c.Body }).SingleOrDefaultAsync(ct);
        return own is null ? Result<string>.Refused(Refusal.NotFound)
            : own.AuthorId != actor.UserId ? Result<string>.Refused(Refusal.Forbidden)
            : Result<string>.Ok(own.Body);
    }

    /// <summary>Earlier versions of a comment, for moderators.</summary>
    public async Task<Result<IReadOnlyList<CommentRevision>>> RevisionsAsync(Actor actor, long commentId, CancellationToken ct = default)
    {
        if (actor.RefusalUnlessModerator() is { } refusal)
        {
            return Result<IReadOnlyList<CommentRevision>>.Refused(refusal);
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        return Result<IReadOnlyList<CommentRevision>>.Ok(await db.CommentRevisions.AsNoTracking()
            .Where(r => r.CommentId == commentId).OrderBy(r => r.ReplacedAtUtc).ToListAsync(ct));
    }

    private async Task<CommandResult> ChangeOwnAsync(Actor actor, long commentId, string action, Func<Comment, DateTimeOffset, CommandResult?> change, CancellationToken ct)
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

        var comment = await db.Comments.SingleOrDefaultAsync(c => c.Id == commentId, ct);
        if (comment is null)
        {
            return CommandResult.Refused(Refusal.NotFound);
        }

        if (comment.AuthorId != actor.UserId)
        {
            return CommandResult.Refused(Refusal.Forbidden);
        }

        var now = time.GetUtcNow();
        var previous = comment.Body;
        if (change(comment, now) is { } outcome)
        {
            return outcome;
        }

        if (!limiter.TryAcquire(action, actor.UserId!))
        {
            return CommandResult.Refused(Refusal.RateLimited);
        }

        comment.Version = Guid.NewGuid();
        long sequence;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            sequence = await db.NextSequenceAsync(LiveTopics.Proposal(comment.ProposalId), ct);
            db.CommentRevisions.Add(new CommentRevision { CommentId = comment.Id, Body = previous, ReplacedAtUtc = now });
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

        var view = (await ViewsAsync(db, [comment], ct)).Single();
        await bus.PublishAsync(new LiveEvent(LiveTopics.Proposal(comment.ProposalId), sequence, ProposalEvents.CommentChanged, view, Audience.Public, now));
        var where = await db.Proposals.AsNoTracking().Where(p => p.Id == comment.ProposalId).Select(p => new { p.Countries, p.Themes }).SingleAsync(ct);
        await feed.RecordAsync(new ActivityRecord(
            comment.IsDeleted ? ActivityKind.CommentDeleted : ActivityKind.CommentEdited, actor.UserId, comment.IsDeleted ? previous : comment.Body,
            $"proposals/{comment.ProposalId}#comment-{comment.Id}", where.Countries, where.Themes), ct);
        return CommandResult.Ok;
    }

    private static List<FieldProblem> Validate(string body)
    {
        var problems = new List<FieldProblem>();
        if (body.Length == 0)
        {
            problems.Add(new(nameof(CommentInput.Body), "Required"));
        }
        else if (body.Length > Proposal.BodyMaxLength)
        {
            problems.Add(new(nameof(CommentInput.Body), "TooLong", Proposal.BodyMaxLength));
        }

        return problems;
    }

    /// <summary>When this member may post again, if a posting limit holds them back now.</summary>
    private async Task<(DateTimeOffset RetryAfter, bool Duplicate)?> RetryAfterAsync(
        ClimateDbContext db, string userId, string hash, Proposal proposal, DateTimeOffset now, CancellationToken ct)
    {
        var duplicateSince = now.AddMinutes(-Limits.DuplicateWindowMinutes);
        var sameText = await db.Comments.Where(c => c.AuthorId == userId && c.BodyHash == hash && c.CreatedAtUtc > duplicateSince)
            .Select(c => (DateTimeOffset?)c.CreatedAtUtc).MaxAsync(ct);
        if (sameText is { } earlier)
        {
            return (earlier.AddMinutes(Limits.DuplicateWindowMinutes), true);
        }

        var joined = await db.Users.Where(u => u.Id == userId).Select(u => u.JoinedAtUtc).SingleAsync(ct);
        var interval = Limits.IntervalFor(joined, now);
        var since = now - interval;
        var last = await db.Comments.Where(c => c.AuthorId == userId && c.CreatedAtUtc > since)
            .Select(c => (DateTimeOffset?)c.CreatedAtUtc).MaxAsync(ct);
        if (last is { } previous)
        {
            return (previous + interval, false);
        }

        if (proposal.SlowModeSeconds > 0)
        {
            var slowSince = now.AddSeconds(-proposal.SlowModeSeconds);
            var lastHere = await db.Comments.Where(c => c.AuthorId == userId && c.ProposalId == proposal.Id && c.CreatedAtUtc > slowSince)
                .Select(c => (DateTimeOffset?)c.CreatedAtUtc).MaxAsync(ct);
            return lastHere is { } previousHere ? (previousHere.AddSeconds(proposal.SlowModeSeconds), false) : null;
        }

        return null;
    }

    private static async Task<CommentPosting?> StoredAsync(ClimateDbContext db, Actor actor, Guid clientId, CancellationToken ct)
    {
        var stored = await db.Comments.AsNoTracking().SingleOrDefaultAsync(c => c.AuthorId == actor.UserId && c.ClientId == clientId, ct);
        return stored is null ? null : new(CommandResult.Ok, (await ViewsAsync(db, [stored], ct)).Single());
    }

    internal static Task<List<CommentView>> ViewsAsync(ClimateDbContext db, List<Comment> comments, CancellationToken ct) =>
        ViewsAsync(db, comments.ConvertAll(CommentRow.Of), ct);

    private static async Task<List<CommentView>> ViewsAsync(ClimateDbContext db, List<CommentRow> comments, CancellationToken ct)
    {
        var ids = comments.Select(c => c.Id).ToList();
        var counts = new List<ReactionCount>();
        await foreach (var count in ReactionCountsQuery.For(db)(db, ids).WithCancellation(ct))
        {
            counts.Add(count);
        }

        var authors = await MemberRefs.LoadAsync(db, comments.Select(c => c.AuthorId), ct);
        var reactions = counts.ToLookup(x => x.CommentId);
        return comments.ConvertAll(c => View(c, authors, reactions[c.Id].ToDictionary(x => x.Kind, x => x.Count)));
    }

    // The thread's reads are compiled: every proposal page runs them, and EF's per-call query lookup was a third of their time.
    private static readonly CompiledPerContext<Func<ClimateDbContext, int, CancellationToken, Task<ProposalVisibility?>>> VisibilityQuery = new(() => EF.CompileAsyncQuery(
        (ClimateDbContext db, int proposalId, CancellationToken ct) =>
            db.Proposals.AsNoTracking().Where(p => p.Id == proposalId).Select(p => new ProposalVisibility(p.IsHidden, p.AuthorId)).SingleOrDefault()));

    private static readonly CompiledPerContext<Func<ClimateDbContext, int, int, IAsyncEnumerable<CommentRow>>> NewestQuery = new(() => EF.CompileAsyncQuery(
        (ClimateDbContext db, int proposalId, int take) => db.Comments.AsNoTracking().Where(c => c.ProposalId == proposalId)
            .OrderByDescending(c => c.Id).Take(take)
            .Select(c => new CommentRow(c.Id, c.ProposalId, c.ParentId, c.ClientId, c.AuthorId, c.IsDeleted || c.IsHidden ? "" : c.BodyHtml,
                c.CreatedAtUtc, c.EditedAtUtc, c.IsDeleted, c.IsHidden))));

    private static readonly CompiledPerContext<Func<ClimateDbContext, List<long>, IAsyncEnumerable<ReactionCount>>> ReactionCountsQuery = new(() => EF.CompileAsyncQuery(
        (ClimateDbContext db, List<long> ids) => db.CommentReactions.AsNoTracking().Where(r => ids.Contains(r.CommentId))
            .GroupBy(r => new { r.CommentId, r.Kind }).Select(g => new ReactionCount(g.Key.CommentId, g.Key.Kind, g.Count()))));

    private sealed record ProposalVisibility(bool IsHidden, string AuthorId);

    private sealed record ReactionCount(long CommentId, ReactionKind Kind, int Count);

    private static CommentView View(CommentRow c, Dictionary<string, MemberRef> authors, Dictionary<ReactionKind, int> reactions) => new(
        c.Id, c.ProposalId, c.ParentId, c.ClientId, MemberRefs.Of(authors, c.AuthorId),
        c.BodyHtml, c.CreatedAtUtc, c.EditedAtUtc, c.IsDeleted, c.IsHidden, reactions);

    private async Task NotifyAsync(ClimateDbContext db, Proposal proposal, Comment comment, IReadOnlyList<string> mentioned, CancellationToken ct)
    {
        var recipients = mentioned.Select(id => (id, NotificationKind.Mention)).ToList();
        if (comment.ParentId is { } parentId)
        {
            var parentAuthor = await db.Comments.Where(c => c.Id == parentId).Select(c => c.AuthorId).SingleAsync(ct);
            recipients.Add((parentAuthor, NotificationKind.ReplyToMyComment));
        }

        recipients.Add((proposal.AuthorId, NotificationKind.CommentOnMyProposal));
        await notifier.NotifyAsync(recipients, proposal.Id, proposal.Title, comment.Id, comment.AuthorId, ct);
    }
}
