using BeneluxClimate.Domain.Gatherings.Sessions;
using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Members;
using BeneluxClimate.Domain.Partnerships;
using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Domain.Showcase;
using Microsoft.EntityFrameworkCore;

namespace BeneluxClimate.Domain.Moderation;

/// <summary>
/// Hides and restores every kind of reportable item the same way: the flag changes inside the caller's transaction,
/// with the topic numbers of the views that show the item, and after the commit those views get the change — so a
/// hidden item leaves every open board, list and discussion at once, and comes back when restored.
/// </summary>
internal static class ModerationTargets
{
    public static Task<TargetState?> LoadAsync(ClimateDbContext db, TargetRef target, CancellationToken ct) => target.Kind switch
    {
        ReportTarget.Comment => db.Comments.AsNoTracking().Where(c => c.Id == target.Id && !c.IsDeleted)
            .Select(c => new TargetState(c.AuthorId, c.Body, "proposals/" + c.ProposalId + "#comment-" + c.Id, c.IsHidden, c.ProposalId))
            .SingleOrDefaultAsync(ct),
        ReportTarget.Proposal => db.Proposals.AsNoTracking().Where(p => p.Id == target.Id)
            .Select(p => new TargetState(p.AuthorId, p.Title, "proposals/" + p.Id, p.IsHidden, p.Id))
            .SingleOrDefaultAsync(ct),
        ReportTarget.Project => db.Projects.AsNoTracking().Where(p => p.Id == target.Id && p.Status != ProjectStatus.Draft)
            .Select(p => new TargetState(p.CreatedByUserId, p.Title, "projects/" + p.Id, p.IsHidden, null))
            .SingleOrDefaultAsync(ct),
        ReportTarget.Profile => Profiles(db).Where(p => p.UserId == target.Key)
            .Select(p => new TargetState(p.UserId, p.DisplayName, "members/" + p.UserId, p.IsHidden, null))
            .SingleOrDefaultAsync(ct),
        ReportTarget.Question => db.SessionQuestions.AsNoTracking().Where(q => q.Id == target.Id)
            .Select(q => new TargetState(q.AuthorId, q.Text, "events/" + q.GatheringId + "/live#question-" + q.Id, q.IsHidden, null))
            .SingleOrDefaultAsync(ct),
        ReportTarget.ChatMessage => db.SessionChatMessages.AsNoTracking().Where(m => m.Id == target.Id)
            .Select(m => new TargetState(m.AuthorId, m.Text, "events/" + m.GatheringId + "/live#chat-" + m.Id, m.IsHidden, null))
            .SingleOrDefaultAsync(ct),
        _ => Task.FromResult<TargetState?>(null),
    };

    /// <summary>Onboarded profiles with their member's name: before onboarding there is no profile to report.</summary>
    private static IQueryable<ProfileRow> Profiles(ClimateDbContext db) =>
        db.MemberProfiles.AsNoTracking().Where(p => p.OnboardedAtUtc != null)
            .Join(db.Users, p => p.UserId, u => u.Id, (p, u) => new ProfileRow { UserId = p.UserId, DisplayName = u.DisplayName, IsHidden = p.IsHidden });

    private sealed class ProfileRow
    {
        public string UserId { get; init; } = "";
        public string DisplayName { get; init; } = "";
        public bool IsHidden { get; init; }
    }

    /// <summary>Several items at once: one query per kind.</summary>
    public static async Task<Dictionary<TargetRef, TargetState>> LoadManyAsync(ClimateDbContext db, IReadOnlyCollection<TargetRef> targets, CancellationToken ct)
    {
        var found = new Dictionary<TargetRef, TargetState>();
        var comments = targets.Where(t => t.Kind == ReportTarget.Comment).Select(t => t.Id).ToList();
        var proposals = targets.Where(t => t.Kind == ReportTarget.Proposal).Select(t => (int)t.Id).ToList();
        var projects = targets.Where(t => t.Kind == ReportTarget.Project).Select(t => (int)t.Id).ToList();
        if (comments.Count > 0)
        {
            foreach (var c in await db.Comments.AsNoTracking().Where(c => comments.Contains(c.Id) && !c.IsDeleted)
                .Select(c => new { c.Id, State = new TargetState(c.AuthorId, c.Body, "proposals/" + c.ProposalId + "#comment-" + c.Id, c.IsHidden, c.ProposalId) }).ToListAsync(ct))
            {
                found[new(ReportTarget.Comment, c.Id)] = c.State;
            }
        }

        if (proposals.Count > 0)
        {
            foreach (var p in await db.Proposals.AsNoTracking().Where(p => proposals.Contains(p.Id))
                .Select(p => new { p.Id, State = new TargetState(p.AuthorId, p.Title, "proposals/" + p.Id, p.IsHidden, p.Id) }).ToListAsync(ct))
            {
                found[new(ReportTarget.Proposal, p.Id)] = p.State;
            }
        }

        if (projects.Count > 0)
        {
            foreach (var p in await db.Projects.AsNoTracking().Where(p => projects.Contains(p.Id) && p.Status != ProjectStatus.Draft)
                .Select(p => new { p.Id, State = new TargetState(p.CreatedByUserId, p.Title, "projects/" + p.Id, p.IsHidden, null) }).ToListAsync(ct))
            {
                found[new(ReportTarget.Project, p.Id)] = p.State;
            }
        }

        var profiles = targets.Where(t => t.Kind == ReportTarget.Profile).Select(t => t.Key).ToList();
        if (profiles.Count > 0)
        {
            foreach (var p in await Profiles(db).Where(p => profiles.Contains(p.UserId)).ToListAsync(ct))
            {
                found[TargetRef.Profile(p.UserId)] = new TargetState(p.UserId, p.DisplayName, "members/" + p.UserId, p.IsHidden, null);
            }
        }

        var questions = targets.Where(t => t.Kind == ReportTarget.Question).Select(t => t.Id).ToList();
        if (questions.Count > 0)
        {
            foreach (var q in await db.SessionQuestions.AsNoTracking().Where(q => questions.Contains(q.Id))
                .Select(q => new { q.Id, State = new TargetState(q.AuthorId, q.Text, "events/" + q.GatheringId + "/live#question-" + q.Id, q.IsHidden, null) }).ToListAsync(ct))
            {
                found[new(ReportTarget.Question, q.Id)] = q.State;
            }
        }

        var messages = targets.Where(t => t.Kind == ReportTarget.ChatMessage).Select(t => t.Id).ToList();
        if (messages.Count > 0)
        {
            foreach (var m in await db.SessionChatMessages.AsNoTracking().Where(m => messages.Contains(m.Id))
                .Select(m => new { m.Id, State = new TargetState(m.AuthorId, m.Text, "events/" + m.GatheringId + "/live#chat-" + m.Id, m.IsHidden, null) }).ToListAsync(ct))
            {
                found[new(ReportTarget.ChatMessage, m.Id)] = m.State;
            }
        }

        return found;
    }

    /// <summary>The open reports of one item.</summary>
    public static IQueryable<Report> OpenReports(ClimateDbContext db, TargetRef target) =>
        db.Reports.Where(r => r.TargetKind == target.Kind && r.TargetId == target.Id && r.TargetKey == target.Key && r.IsOpen);

    /// <summary>Call inside the write transaction; returns what to publish after the commit.</summary>
    public static async Task<Func<Task>> SetHiddenAsync(
        ClimateDbContext db, TargetRef target, bool hidden, ILiveBus bus, ImpactDashboard dashboard, DateTimeOffset now, CancellationToken ct)
    {
        switch (target.Kind)
        {
            case ReportTarget.Comment:
                var comment = await db.Comments.SingleAsync(c => c.Id == target.Id, ct);
                comment.IsHidden = hidden;
                comment.Version = Guid.NewGuid();
                var sequence = await db.NextSequenceAsync(LiveTopics.Proposal(comment.ProposalId), ct);
                return async () =>
                {
                    var view = (await DiscussionService.ViewsAsync(db, [comment], ct)).Single();
                    await bus.PublishAsync(new LiveEvent(LiveTopics.Proposal(comment.ProposalId), sequence, ProposalEvents.CommentChanged, view, Audience.Public, now));
                };
            case ReportTarget.Proposal:
                var proposal = await db.Proposals.SingleAsync(p => p.Id == target.Id, ct);
                proposal.IsHidden = hidden;
                proposal.Version = Guid.NewGuid();
                var proposalSequences = await ProposalPublisher.NextAsync(db, proposal.Id, ct);
                return () => ProposalPublisher.PublishAsync(bus, db, proposal, isNew: false, proposalSequences, now, ct);
            case ReportTarget.Project:
                var project = await db.Projects.SingleAsync(p => p.Id == target.Id, ct);
                var wasOnBoard = project.IsOnBoard;
                var before = wasOnBoard ? await ShowcaseReads.CardAsync(db, project.Id, ct) : null;
                project.IsHidden = hidden;
                project.Version = Guid.NewGuid();
                var showcaseSequences = await ShowcasePublisher.NextAsync(db, project, wasOnBoard, ct);
                return () => ShowcasePublisher.PublishAsync(bus, dashboard, db, project, before, showcaseSequences, now, ct);
            case ReportTarget.Profile:
                var profile = await db.MemberProfiles.SingleAsync(p => p.UserId == target.Key, ct);
                profile.IsHidden = hidden;
                profile.Version = Guid.NewGuid();
                var directorySequences = await DirectoryPublisher.NextSequencesAsync(db, ct);
                return () => DirectoryPublisher.PublishVisibilityAsync(bus, db, profile.UserId, hidden, directorySequences, now, ct);
            case ReportTarget.Question:
                var question = await db.SessionQuestions.SingleAsync(q => q.Id == target.Id, ct);
                question.IsHidden = hidden;
                var questionSequence = await db.NextSequenceAsync(LiveTopics.Session(question.GatheringId), ct);
                return async () =>
                {
                    // A restored question comes back whole: views that dropped it add it again by id.
                    var view = (await SessionRoomService.QuestionViewsAsync(db, [question], ct)).Single();
                    await bus.PublishAsync(hidden
                        ? new LiveEvent(LiveTopics.Session(question.GatheringId), questionSequence, SessionEvents.QuestionHidden, new QuestionFlags(question.Id, question.IsAnswered, true), Audience.Members, now)
                        : new LiveEvent(LiveTopics.Session(question.GatheringId), questionSequence, SessionEvents.QuestionAsked, view, Audience.Members, now));
                };
            case ReportTarget.ChatMessage:
                var message = await db.SessionChatMessages.SingleAsync(m => m.Id == target.Id, ct);
                message.IsHidden = hidden;
                var chatSequence = await db.NextSequenceAsync(LiveTopics.Session(message.GatheringId), ct);
                return async () =>
                {
                    var view = (await SessionRoomService.ChatViewsAsync(db, [message], ct)).Single();
                    await bus.PublishAsync(hidden
                        ? new LiveEvent(LiveTopics.Session(message.GatheringId), chatSequence, SessionEvents.ChatHidden, new HiddenChatMessage(message.Id), Audience.Members, now)
                        : new LiveEvent(LiveTopics.Session(message.GatheringId), chatSequence, SessionEvents.ChatPosted, view, Audience.Members, now));
                };
            default:
                throw new ArgumentOutOfRangeException(nameof(target), target.Kind, "Not a reportable kind.");
        }
    }
}
