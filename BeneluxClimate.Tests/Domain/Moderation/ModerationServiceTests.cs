using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Moderation;
using BeneluxClimate.Domain.Partnerships;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Tests.Builders;
using BeneluxClimate.Tests.Domain.Partnerships;
using Microsoft.EntityFrameworkCore;

namespace BeneluxClimate.Tests.Domain.Moderation;

public class ModerationServiceTests : PartnershipTestBase
{
    private ReportService Reports => Database.Get<ReportService>();

    private ModerationService Moderation => Database.Get<ModerationService>();

    private AppealService Appeals => Database.Get<AppealService>();

    private async Task<(int ProposalId, CommentView Comment)> CommentByPieterAsync(string body = "Buy cheap watches at example.test")
    {
        var proposalId = await ProposeAsLotteAsync();
        var posted = await Discussion.PostAsync(Pieter, proposalId, new CommentInput(Guid.NewGuid(), body, null));
        Assert.True(posted.Succeeded);
        return (proposalId, posted.Comment!);
    }

    private async Task<Actor> SecondModeratorAsync() =>
        Actor.Member(await Database.AddMemberAsync("Noor", "noor@example.test", Roles.Moderator), Roles.Member, Roles.Moderator);

    private async Task<Actor> PlainMemberAsync(string name) => Actor.Member(await Database.AddMemberAsync(name, $"{name.ToLowerInvariant()}@example.test"), Roles.Member);

    [Fact]
    public async Task The_third_distinct_reporter_hides_a_comment_at_once_and_every_open_discussion_is_told()
    {
        var (proposalId, comment) = await CommentByPieterAsync();
        var target = new TargetRef(ReportTarget.Comment, comment.Id);
        var hiddenPushed = new TaskCompletionSource<CommentView>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var _ = Database.Get<ILiveBus>().Subscribe(LiveTopics.Proposal(proposalId), e =>
        {
            if (e.Payload is CommentView { IsHidden: true } view)
            {
                hiddenPushed.TrySetResult(view);
            }

            return Task.CompletedTask;
        }, () => Task.CompletedTask);

        Assert.True((await Reports.FileAsync(Lotte, target, ReportReason.Spam, "Advertising")).Succeeded);
        Assert.True((await Reports.FileAsync(Lotte, target, ReportReason.Spam, "Twice")).Succeeded); // one report per member
        Assert.True((await Reports.FileAsync(Sanne, target, ReportReason.Spam, null)).Succeeded);
        Assert.False(await Database.QueryAsync(db => db.Comments.Where(c => c.Id == comment.Id).Select(c => c.IsHidden).SingleAsync()));

        Assert.True((await Reports.FileAsync(await PlainMemberAsync("Ruben"), target, ReportReason.Abusive, null)).Succeeded);

        Assert.True(await Database.QueryAsync(db => db.Comments.Where(c => c.Id == comment.Id).Select(c => c.IsHidden).SingleAsync()));
        Assert.Equal(3, await Database.QueryAsync(db => db.Reports.CountAsync()));
        var pushed = await hiddenPushed.Task.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal((comment.Id, ""), (pushed.Id, pushed.BodyHtml));
        var statement = await Appeals.StatementAsync(Pieter, target);
        Assert.NotNull(statement);
        Assert.True(statement.Automatic);
        Assert.True(statement.CanAppeal);
        Assert.Null(await Appeals.StatementAsync(Sanne, target)); // only the author (and moderators) read it
        var queue = (await Database.Get<ReportQueue>().OpenAsync(Moderator)).Value.Items;
        Assert.Equal(3, Assert.Single(queue).Reports);
    }

    [Fact]
    public async Task Nobody_reports_their_own_comment_and_visitors_cannot_report()
    {
        var (_, comment) = await CommentByPieterAsync();
        var target = new TargetRef(ReportTarget.Comment, comment.Id);

        Assert.Equal(Refusal.Forbidden, (await Reports.FileAsync(Pieter, target, ReportReason.Spam, null)).Refusal);
        Assert.Equal(Refusal.NotSignedIn, (await Reports.FileAsync(Actor.Anonymous, target, ReportReason.Spam, null)).Refusal);
        Assert.Equal(Refusal.NotFound, (await Reports.FileAsync(Lotte, new TargetRef(ReportTarget.Comment, 9_999), ReportReason.Spam, null)).Refusal);
        Assert.Equal(Refusal.InvalidInput, (await Reports.FileAsync(Lotte, target, ReportReason.Other, new string('x', Report.DetailsMaxLength + 1))).Refusal);
        Assert.Equal(0, await Database.QueryAsync(db => db.Reports.CountAsync()));
    }

    [Fact]
    public async Task Members_and_visitors_are_refused_every_moderation_service()
    {
        var (proposalId, comment) = await CommentByPieterAsync();
        var target = new TargetRef(ReportTarget.Comment, comment.Id);
        foreach (var (actor, refusal) in new[] { (Sanne, Refusal.Forbidden), (Actor.Anonymous, Refusal.NotSignedIn) })
        {
            Assert.Equal(refusal, (await Moderation.HideAsync(actor, target, ReportReason.Spam, "Spam")).Refusal);
            Assert.Equal(refusal, (await Moderation.RestoreAsync(actor, target, "Fine")).Refusal);
            Assert.Equal(refusal, (await Moderation.DismissReportsAsync(actor, target, "Fine")).Refusal);
            Assert.Equal(refusal, (await Moderation.LockDiscussionAsync(actor, proposalId, true, "Heated")).Refusal);
            Assert.Equal(refusal, (await Moderation.SetSlowModeAsync(actor, proposalId, 60, "Busy")).Refusal);
            Assert.Equal(refusal, (await Moderation.SuspendAsync(actor, Pieter.UserId!, DateTimeOffset.UtcNow.AddDays(1), "Spam")).Refusal);
            Assert.Equal(refusal, (await Moderation.BanAsync(actor, Pieter.UserId!, "Spam")).Refusal);
            Assert.Equal(refusal, (await Moderation.ReinstateAsync(actor, Pieter.UserId!, "Ok")).Refusal);
            Assert.Equal(refusal, (await Database.Get<ReportQueue>().OpenAsync(actor)).Refusal);
            Assert.Equal(refusal, (await Database.Get<ActivityFeed>().ListAsync(actor, new ActivityQuery())).Refusal);
            Assert.Equal(refusal, (await Database.Get<AuditLog>().SearchAsync(actor, null)).Refusal);
            Assert.Equal(refusal, (await Database.Get<AuditLog>().ExportCsvAsync(actor, null)).Refusal);
            Assert.Equal(refusal, (await Database.Get<AuditLog>().MonthAsync(actor, 2026, 11)).Refusal);
            Assert.Equal(refusal, (await Appeals.OpenAsync(actor)).Refusal);
        }

        Assert.False(await Database.QueryAsync(db => db.Comments.Where(c => c.Id == comment.Id).Select(c => c.IsHidden).SingleAsync()));
        Assert.Equal(0, await Database.QueryAsync(db => db.ModerationActions.CountAsync()));
    }

    [Fact]
    public async Task A_moderator_hides_and_restores_a_proposal_with_reasons_and_both_are_on_record()
    {
        var (proposalId, _) = await CommentByPieterAsync();
        var target = new TargetRef(ReportTarget.Proposal, proposalId);
        await Reports.FileAsync(Pieter, target, ReportReason.Misinformation, "Made-up figures");

        Assert.Equal(Refusal.InvalidInput, (await Moderation.HideAsync(Moderator, target, ReportReason.Misinformation, " ")).Refusal);
        Assert.True((await Moderation.HideAsync(Moderator, target, ReportReason.Misinformation, "The figures are not sourced.")).Succeeded);
        Assert.Equal(Refusal.NotFound, (await Directory.GetAsync(Sanne, proposalId)).Refusal);
        var statement = await Appeals.StatementAsync(Lotte, target);
        Assert.Equal(("The figures are not sourced.", false, "Mona"), (statement!.Statement, statement.Automatic, statement.ModeratorName));
        Assert.Empty((await Database.Get<ReportQueue>().OpenAsync(Moderator)).Value.Items); // deciding closes the reports

        Assert.True((await Moderation.RestoreAsync(Moderator, target, "Sources added.")).Succeeded);
        Assert.True((await Directory.GetAsync(Sanne, proposalId)).Succeeded);
        var log = (await Database.Get<AuditLog>().SearchAsync(Moderator, "source")).Value!;
        Assert.Equal(["Restore", "Hide"], log.Select(e => e.What));
        Assert.All(log, e => Assert.Equal("Mona", e.Who));
    }

    [Fact]
    public async Task The_author_appeals_once_and_only_another_moderator_decides_reversing_restores_the_comment()
    {
        var (_, comment) = await CommentByPieterAsync("A fair point about heat pumps");
        var target = new TargetRef(ReportTarget.Comment, comment.Id);
        await Moderation.HideAsync(Moderator, target, ReportReason.OffTopic, "Off topic.");
        var actionId = (await Appeals.StatementAsync(Pieter, target))!.ActionId;

        Assert.Equal(Refusal.Forbidden, (await Appeals.AppealAsync(Sanne, actionId, "Not mine but unfair")).Refusal);
        Assert.True((await Appeals.AppealAsync(Pieter, actionId, "It answers the question about heat.")).Succeeded);
        Assert.Equal(Refusal.Conflict, (await Appeals.AppealAsync(Pieter, actionId, "Again")).Refusal);
        var appealId = Assert.Single((await Appeals.OpenAsync(Moderator)).Value!).Appeal.Id;

        Assert.Equal(Refusal.Forbidden, (await Appeals.DecideAsync(Moderator, appealId, upheld: true, "I stand by it")).Refusal);
        Assert.True((await Appeals.DecideAsync(await SecondModeratorAsync(), appealId, upheld: false, "It is on topic.")).Succeeded);

        Assert.False(await Database.QueryAsync(db => db.Comments.Where(c => c.Id == comment.Id).Select(c => c.IsHidden).SingleAsync()));
        Assert.Contains(await Database.QueryAsync(db => db.ModerationActions.Select(a => a.Kind).ToListAsync()), k => k == ModerationActionKind.AppealReversed);
        Assert.Equal(1, (await Database.Get<AuditLog>().MonthAsync(Moderator, DateTime.UtcNow.Year, DateTime.UtcNow.Month)).Value!.AppealsReversed);
    }

    [Fact]
    public async Task A_locked_discussion_refuses_comments_and_slow_mode_holds_a_member_back()
    {
        var (proposalId, _) = await CommentByPieterAsync();
        Assert.True((await Moderation.SetSlowModeAsync(Moderator, proposalId, 120, "Cooling down.")).Succeeded);
        var first = await Discussion.PostAsync(Sanne, proposalId, new CommentInput(Guid.NewGuid(), "First thought", null));
        var second = await Discussion.PostAsync(Sanne, proposalId, new CommentInput(Guid.NewGuid(), "Second thought", null));
        Assert.True(first.Succeeded);
        Assert.Equal(Refusal.RateLimited, second.Result.Refusal);
        Assert.Equal(Refusal.InvalidInput, (await Moderation.SetSlowModeAsync(Moderator, proposalId, 1_000_000, "Too long")).Refusal);

        Assert.True((await Moderation.LockDiscussionAsync(Moderator, proposalId, true, "Heated.")).Succeeded);
        Assert.Equal(Refusal.Locked, (await Discussion.PostAsync(Lotte, proposalId, new CommentInput(Guid.NewGuid(), "Still here", null))).Result.Refusal);
        Assert.True((await Moderation.LockDiscussionAsync(Moderator, proposalId, false, "Calm again.")).Succeeded);
        Assert.True((await Discussion.PostAsync(Lotte, proposalId, new CommentInput(Guid.NewGuid(), "Still here", null))).Succeeded);
    }

    [Fact]
    public async Task A_suspended_member_cannot_comment_a_ban_has_no_end_and_moderators_are_only_suspended_by_admins()
    {
        var (proposalId, _) = await CommentByPieterAsync();
        Assert.True((await Moderation.SuspendAsync(Moderator, Sanne.UserId!, DateTimeOffset.UtcNow.AddDays(7), "Repeated spam.")).Succeeded);
        Assert.Equal(Refusal.Forbidden, (await Discussion.PostAsync(Sanne, proposalId, new CommentInput(Guid.NewGuid(), "Hello", null))).Result.Refusal);
        var snapshot = await Database.Get<AccountStatus>().GetAsync(Sanne.UserId!);
        Assert.True(snapshot!.IsLockedOut(DateTimeOffset.UtcNow)); // open sessions fail their next revalidation

        Assert.True((await Moderation.ReinstateAsync(Moderator, Sanne.UserId!, "Served.")).Succeeded);
        Assert.True((await Discussion.PostAsync(Sanne, proposalId, new CommentInput(Guid.NewGuid(), "Hello", null))).Succeeded);

        Assert.True((await Moderation.BanAsync(Moderator, Lotte.UserId!, "Illegal content.")).Succeeded);
        Assert.True((await Database.Get<AccountStatus>().GetAsync(Lotte.UserId!))!.IsLockedOut(DateTimeOffset.UtcNow.AddYears(50)));
        Assert.Equal(Refusal.Forbidden, (await Moderation.SuspendAsync(Moderator, (await SecondModeratorAsync()).UserId!, DateTimeOffset.UtcNow.AddDays(1), "No")).Refusal);
        Assert.Equal(Refusal.InvalidInput, (await Moderation.BanAsync(Moderator, Moderator.UserId!, "Myself")).Refusal);
    }

    [Fact]
    public async Task The_feed_records_a_comment_for_moderators_and_marks_a_busy_discussion()
    {
        var database = Database;
        var (proposalId, comment) = await CommentByPieterAsync("Heat from the port of Antwerp");

        var feed = (await database.Get<ActivityFeed>().ListAsync(Moderator, new ActivityQuery(ActivityKind.CommentPosted))).Value!;
        var line = Assert.Single(feed.Items);
        Assert.Equal(("Pieter Smit", "Heat from the port of Antwerp", $"proposals/{proposalId}#comment-{comment.Id}"), (line.ActorName, line.Subject, line.Link));
        Assert.Contains(feed.Items, i => i.Countries.Contains("BE"));
        Assert.Empty((await database.Get<ActivityFeed>().ListAsync(Moderator, new ActivityQuery(ActivityKind.CommentPosted, Country: "LU"))).Value!.Items);
        Assert.Contains((await database.Get<ActivityFeed>().ListAsync(Moderator, new ActivityQuery())).Value!.Items, i => i.Kind == ActivityKind.ProposalCreated);
        Assert.False(line.IsBusy);
    }
}
