using System.Security.Claims;
using BeneluxClimate.App.Components.Account;
using BeneluxClimate.App.Components.Pages.Proposals.Discussion;
using BeneluxClimate.App.Live;
using BeneluxClimate.App.Security;
using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Members;
using BeneluxClimate.Domain.Partnerships;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Domain.Text;
using BeneluxClimate.Tests.Builders;
using BeneluxClimate.Tests.Domain.Partnerships;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BeneluxClimate.Tests.Components.Proposals;

// The production posting limits hold here (one comment per 5 seconds), so the rate-limit test sees them.
public sealed class DiscussionTests() : PartnershipTestBase([])
{
    private readonly FakeLiveBus bus = new();
    private int proposalId;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        proposalId = await ProposeAsLotteAsync();
    }

    private ComponentTestContext Context(Actor viewer, string name, string culture = "en")
    {
        var context = new ComponentTestContext(culture, services: services =>
        {
            services.AddSingleton(Discussion);
            services.AddSingleton(Database.Get<MemberDirectory>());
            services.AddSingleton(Database.Get<MarkdownRenderer>());
            services.AddSingleton(Database.Get<IOptions<DiscussionOptions>>());
            services.AddSingleton(TimeProvider.System);
            services.AddSingleton<ILiveBus>(bus);
            services.AddSingleton(Database.Get<TopicSequenceReader>());
            services.AddSingleton<TypingNotifier>();
            services.AddScoped<ActorAccessor>();
            services.AddSingleton(Database.Get<BeneluxClimate.Domain.Moderation.ReportService>());
            services.AddSingleton(Database.Get<BeneluxClimate.Domain.Moderation.ModerationService>());
            services.AddSingleton(Database.Get<BeneluxClimate.Domain.Moderation.AppealService>());
        });
        context.SignedInAs(name);
        context.Authorization.SetClaims(new Claim(ClaimTypes.NameIdentifier, viewer.UserId!), new Claim(ClimateClaimsPrincipalFactory.DisplayNameClaim, name));
        return context;
    }

    private IRenderedComponent<ProposalDiscussion> Open(ComponentTestContext context)
    {
        var discussion = context.Render<ProposalDiscussion>(p => p.Add(d => d.ProposalId, proposalId));
        discussion.WaitForAssertion(() => Assert.NotNull(discussion.Find("[data-testid=comment-input]")));
        return discussion;
    }

    private async Task<long> SequenceAsync() => (await Discussion.ThreadAsync(Actor.Anonymous, proposalId)).Value!.Sequence;

    private LiveEvent Event(long? sequence, string kind, object payload) =>
        new(LiveTopics.Proposal(proposalId), sequence, kind, payload, Audience.Public, DateTimeOffset.UtcNow);

    [Fact]
    public async Task A_pushed_comment_appears_without_a_query_and_the_same_event_again_does_not_double_it()
    {
        await using var context = Context(Lotte, "Lotte Janssens");
        var discussion = Open(context);
        var before = await SequenceAsync();
        var posted = await Discussion.PostAsync(Pieter, proposalId, new CommentInput(Guid.NewGuid(), "We can host a pilot in **Vlissingen**."));
        var queries = Database.Commands.Count;

        await bus.PushAsync(Event(before + 1, ProposalEvents.CommentPosted, posted.Comment!));
        await bus.PushAsync(Event(before + 1, ProposalEvents.CommentPosted, posted.Comment!));

        discussion.WaitForAssertion(() => Assert.Single(discussion.FindAll("[data-testid=comment]")));
        Assert.Equal(queries, Database.Commands.Count);
        var comment = discussion.Find("[data-testid=comment]");
        Assert.Equal(posted.Comment!.Id.ToString(), comment.GetAttribute("data-comment-id"));
        Assert.Contains("<strong>Vlissingen</strong>", comment.QuerySelector("[data-testid=comment-body]")!.InnerHtml);
        Assert.Contains("live-highlight", comment.ClassList);
        Assert.Equal("Pieter Smit", comment.QuerySelector("[data-testid=comment-author]")!.TextContent);

        // A reaction count and a removal arrive as changes of the same comment, still without a query.
        var reacted = posted.Comment with { Reactions = new Dictionary<ReactionKind, int> { [ReactionKind.Agree] = 3 } };
        await bus.PushAsync(Event(before + 2, ProposalEvents.CommentChanged, reacted));
        discussion.WaitForAssertion(() => Assert.Equal("3", discussion.Find("[data-testid=reaction-button][data-kind=Agree] [data-testid=reaction-count]").TextContent));
        await bus.PushAsync(Event(before + 3, ProposalEvents.CommentChanged, reacted with { IsDeleted = true, BodyHtml = "" }));
        discussion.WaitForAssertion(() => Assert.Equal("This comment was removed.", discussion.Find("[data-testid=comment-removed]").TextContent));
        Assert.Empty(discussion.FindAll("[data-testid=comment-body]"));
        Assert.Single(discussion.FindAll("[data-testid=comment]"));
        Assert.Equal(queries, Database.Commands.Count);
    }

    [Fact]
    public async Task A_pushed_comment_renders_only_itself_and_the_comments_already_shown_are_passed_by()
    {
        await Discussion.PostAsync(Pieter, proposalId, new CommentInput(Guid.NewGuid(), "First, from Zeeland."));
        await Discussion.PostAsync(Sanne, proposalId, new CommentInput(Guid.NewGuid(), "Second, from Liège."));
        await using var context = Context(Lotte, "Lotte Janssens");
        var discussion = Open(context);
        var shown = discussion.FindComponents<DiscussionComment>();
        Assert.Equal(2, shown.Count);
        var rendersBefore = shown.Select(c => c.RenderCount).ToList();
        var before = await SequenceAsync();

        var posted = await Discussion.PostAsync(Lotte, proposalId, new CommentInput(Guid.NewGuid(), "Third, from Antwerp."));
        await bus.PushAsync(Event(before + 1, ProposalEvents.CommentPosted, posted.Comment!));

        discussion.WaitForAssertion(() => Assert.Equal(3, discussion.FindAll("[data-testid=comment]").Count));
        Assert.Equal(rendersBefore, shown.Select(c => c.RenderCount).ToList());
    }

    [Fact]
    public async Task Comments_the_viewer_reported_show_as_reported_from_one_read_for_the_whole_thread()
    {
        var reports = Database.Get<BeneluxClimate.Domain.Moderation.ReportService>();
        async Task PostReportedAsync(Actor author, string text)
        {
            var posted = await Discussion.PostAsync(author, proposalId, new CommentInput(Guid.NewGuid(), text));
            await reports.FileAsync(Lotte, new(BeneluxClimate.Domain.Moderation.ReportTarget.Comment, posted.Comment!.Id), BeneluxClimate.Domain.Moderation.ReportReason.Spam, null);
        }

        async Task<int> CommandsToOpenAsync(int comments)
        {
            await using var context = Context(Lotte, "Lotte Janssens");
            var before = Database.Commands.Count;
            var discussion = Open(context);
            discussion.WaitForAssertion(() => Assert.Equal(Enumerable.Repeat("true", comments),
                discussion.FindAll("[data-testid=report-button]").Select(b => b.GetAttribute("data-reported"))));
            return Database.Commands.Count - before;
        }

        await PostReportedAsync(Pieter, "Buy cheap credits here.");
        await PostReportedAsync(Sanne, "Buy more cheap credits here.");
        var withTwo = await CommandsToOpenAsync(2);
        await PostReportedAsync(Moderator, "And even more cheap credits.");

        Assert.Equal(withTwo, await CommandsToOpenAsync(3));
    }

    [Fact]
    public async Task The_sender_sees_their_comment_at_once_and_its_later_event_replaces_it()
    {
        await using var context = Context(Pieter, "Pieter Smit");
        var discussion = Open(context);
        var before = await SequenceAsync();

        discussion.Find("[data-testid=comment-input]").Input("Shall we meet in *Antwerpen*?");
        discussion.Find("[data-testid=comment-submit]").Click();

        discussion.WaitForAssertion(() => Assert.Single(discussion.FindAll("[data-testid=comment]")));
        var stored = await Database.QueryAsync(db => db.Comments.SingleAsync());
        var view = (await Discussion.ThreadAsync(Pieter, proposalId)).Value!.Comments.Single();
        await bus.PushAsync(Event(before + 1, ProposalEvents.CommentPosted, view));
        discussion.WaitForAssertion(() => Assert.Single(discussion.FindAll("[data-testid=comment]")));
        Assert.Equal(stored.Id.ToString(), discussion.Find("[data-testid=comment]").GetAttribute("data-comment-id"));
        Assert.DoesNotContain("live-highlight", discussion.Find("[data-testid=comment]").ClassList); // one's own: nothing new to them
        Assert.Equal("", discussion.Find("[data-testid=comment-input]").GetAttribute("value") ?? "");
        Assert.NotNull(discussion.Find("[data-testid=comment-edit]"));
    }

    [Fact]
    public async Task Posting_again_too_soon_says_in_Dutch_when_the_member_may_post_again_and_stores_nothing()
    {
        Assert.True((await Discussion.PostAsync(Pieter, proposalId, new CommentInput(Guid.NewGuid(), "Eerste reactie."))).Succeeded);
        await using var context = Context(Pieter, "Pieter Smit", "nl");
        var discussion = Open(context);

        discussion.Find("[data-testid=comment-input]").Input("Tweede reactie, te snel.");
        discussion.Find("[data-testid=comment-submit]").Click();

        discussion.WaitForAssertion(() => Assert.Matches(@"Je kunt weer plaatsen om \d{2}:\d{2}:\d{2} \(over [1-5] s\)\.", discussion.Find("[data-testid=comment-error]").TextContent));
        Assert.Equal(1, await Database.QueryAsync(db => db.Comments.CountAsync()));
    }

    [Fact]
    public async Task A_visitor_reads_reaction_counts_without_buttons_and_is_invited_to_sign_in_instead_of_a_composer()
    {
        var liked = await Discussion.PostAsync(Pieter, proposalId, new CommentInput(Guid.NewGuid(), "A pilot in Terneuzen."));
        await Discussion.PostAsync(Sanne, proposalId, new CommentInput(Guid.NewGuid(), "Liège can join."));
        await Discussion.ReactAsync(Sanne, liked.Comment!.Id, ReactionKind.Agree);
        await using var context = VisitorContext();

        var discussion = context.Render<ProposalDiscussion>(p => p.Add(d => d.ProposalId, proposalId));

        discussion.WaitForAssertion(() => Assert.Contains("Sign in to join the discussion", discussion.Find("[data-testid=discussion-sign-in]").TextContent));
        Assert.Empty(discussion.FindAll("[data-testid=comment-input]"));
        var comments = discussion.FindAll("[data-testid=comment]");
        Assert.Equal(2, comments.Count);
        Assert.Equal("1", comments[0].QuerySelector("[data-testid=reaction-button][data-kind=Agree] [data-testid=reaction-count]")!.TextContent);
        Assert.Empty(comments[0].QuerySelectorAll("button"));
        Assert.Null(comments[1].QuerySelector(".comment-actions")); // nothing to read or do: no empty group for screen readers
        Assert.Empty(discussion.FindComponents<DiscussionComment>()); // shared markup, not a component per comment per visitor
    }

    [Fact]
    public async Task A_visitor_sees_the_comments_that_arrive_while_the_page_is_open_stand_out_each_an_item_of_its_thread()
    {
        var first = await Discussion.PostAsync(Pieter, proposalId, new CommentInput(Guid.NewGuid(), "A pilot in Terneuzen."));
        await Discussion.PostAsync(Sanne, proposalId, new CommentInput(Guid.NewGuid(), "Liège can join.", first.Comment!.Id));
        await using var context = VisitorContext();
        var discussion = context.Render<ProposalDiscussion>(p => p.Add(d => d.ProposalId, proposalId));
        discussion.WaitForAssertion(() => Assert.Equal(2, discussion.FindAll("[data-testid=comment]").Count));
        var before = await SequenceAsync();

        var pushed = await Discussion.PostAsync(Lotte, proposalId, new CommentInput(Guid.NewGuid(), "Antwerp hosts the kick-off."));
        await bus.PushAsync(Event(before + 1, ProposalEvents.CommentPosted, pushed.Comment!));

        discussion.WaitForAssertion(() => Assert.Equal(3, discussion.FindAll("[data-testid=comment]").Count));
        var items = discussion.FindAll("ol.comment-list > li");
        Assert.Equal(2, items.Count);
        Assert.Equal("Liège can join.", items[0].QuerySelector("ol.comment-replies > li > article [data-testid=comment-body]")!.TextContent.Trim());
        var latest = items[1].QuerySelector(":scope > article")!;
        Assert.Equal(pushed.Comment!.Id.ToString(), latest.GetAttribute("data-comment-id"));
        Assert.Contains("live-highlight", latest.ClassList);
        Assert.Single(discussion.FindAll(".live-highlight")); // the first load's comments do not stand out
    }

    private ComponentTestContext VisitorContext() => new(services: services =>
    {
        services.AddSingleton(Discussion);
        services.AddSingleton(Database.Get<IOptions<DiscussionOptions>>());
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ILiveBus>(bus);
        services.AddSingleton(Database.Get<TopicSequenceReader>());
        services.AddScoped<ActorAccessor>();
        services.AddSingleton(Database.Get<BeneluxClimate.Domain.Moderation.ReportService>());
        services.AddSingleton(Database.Get<BeneluxClimate.Domain.Moderation.ModerationService>());
        services.AddSingleton(Database.Get<BeneluxClimate.Domain.Moderation.AppealService>());
    });

    [Fact]
    public async Task Typing_notices_show_other_members_names_and_expire_but_never_the_viewers_own()
    {
        await using var context = Context(Lotte, "Lotte Janssens");
        var indicator = context.Render<TypingIndicator>(p => p.Add(t => t.ProposalId, proposalId).Add(t => t.ViewerUserId, Lotte.UserId).Add(t => t.ShowFor, TimeSpan.FromMilliseconds(400)));

        await bus.PushAsync(Event(null, ProposalEvents.Typing, new TypingNotice(Lotte.UserId!, "Lotte Janssens")));
        Assert.Equal("", indicator.Find("[data-testid=typing-indicator]").TextContent);
        await bus.PushAsync(Event(null, ProposalEvents.Typing, new TypingNotice(Pieter.UserId!, "Pieter Smit")));
        await bus.PushAsync(Event(null, ProposalEvents.Typing, new TypingNotice(Sanne.UserId!, "Sanne Weber")));

        indicator.WaitForAssertion(() => Assert.Equal("Pieter Smit and Sanne Weber are typing…", indicator.Find("[data-testid=typing-indicator]").TextContent));
        indicator.WaitForAssertion(() => Assert.Equal("", indicator.Find("[data-testid=typing-indicator]").TextContent), TimeSpan.FromSeconds(3));
    }
}
