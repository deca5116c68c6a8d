using Microsoft.Extensions.Options;
using BeneluxClimate.Domain.Text;
using System.Security.Claims;
using BeneluxClimate.App.Components.Account;
using BeneluxClimate.App.Components.Pages.Proposals.Page;
using BeneluxClimate.App.Live;
using BeneluxClimate.App.Security;
using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Members;
using BeneluxClimate.Domain.Partnerships;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Tests.Builders;
using Bunit;
using Microsoft.Extensions.DependencyInjection;

namespace BeneluxClimate.Tests.Components.Proposals.Page;

public sealed class ProposalPageTests : IAsyncLifetime
{
    private readonly FakeLiveBus bus = new();
    private TestDatabase database = null!;
    private ComponentTestContext context = null!;
    private Actor lotte = Actor.Anonymous;
    private Actor pieter = Actor.Anonymous;
    private int proposalId;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        lotte = await MemberAsync("Lotte Janssens", "lotte@example.test", "BE", "BE-VOV", ActorType.NGO);
        pieter = await MemberAsync("Pieter Smit", "pieter@example.test", "NL", "NL-ZE", ActorType.Research);
        var created = await database.Get<ProposalService>().CreateAsync(lotte, ProposalInputs.Valid());
        proposalId = created.ProposalId!.Value;
        context = new ComponentTestContext("en", services: services =>
        {
            services.AddSingleton(database.Get<ProposalDirectory>());
            services.AddSingleton(database.Get<ProposalService>());
            services.AddSingleton(database.Get<InterestService>());
            services.AddSingleton(database.Get<DiscussionService>()); // the embedded discussion
            services.AddSingleton(database.Get<MemberDirectory>());
            services.AddSingleton(database.Get<MarkdownRenderer>());
            services.AddSingleton(database.Get<IOptions<DiscussionOptions>>());
            services.AddSingleton<TypingNotifier>();
            services.AddSingleton(database.Contexts);
            services.AddSingleton<ILiveBus>(bus);
            services.AddSingleton(database.Get<TopicSequenceReader>());
            services.AddSingleton(TimeProvider.System);
            services.AddSingleton<PresenceTracker>();
            services.AddScoped<ActorAccessor>();
            services.AddSingleton(database.Get<BeneluxClimate.Domain.Moderation.ReportService>());
            services.AddSingleton(database.Get<BeneluxClimate.Domain.Moderation.ModerationService>());
            services.AddSingleton(database.Get<BeneluxClimate.Domain.Moderation.AppealService>());
        });
    }

    public async Task DisposeAsync()
    {
        await context.DisposeAsync();
        await database.DisposeAsync();
    }

    private async Task<Actor> MemberAsync(string name, string email, string country, string region, ActorType type)
    {
        var actor = Actor.Member(await database.AddMemberAsync(name, email), Roles.Member);
        var saved = await database.Get<MemberProfiles>().SaveAsync(actor, ProfileInputs.Valid(name) with
        {
            CountryCode = country,
            RegionCode = region,
            ActorType = type,
            Themes = [Theme.MitigationEnergy],
        });
        Assert.True(saved.Succeeded);
        return actor;
    }

    private void SignIn(string name, Actor actor)
    {
        context.SignedInAs(name);
        context.Authorization.SetClaims(new Claim(ClaimTypes.NameIdentifier, actor.UserId!), new Claim(ClimateClaimsPrincipalFactory.DisplayNameClaim, name));
    }

    private async Task<(IRenderedComponent<ProposalPage> Page, ProposalView View, long Sequence)> OpenAsync()
    {
        var page = context.Render<ProposalPage>(p => p.Add(c => c.Id, proposalId));
        page.WaitForAssertion(() => Assert.Equal("Shared heat networks across the Scheldt", page.Find("[data-testid=proposal-title]").TextContent));
        var view = (await database.Get<ProposalDirectory>().GetAsync(Actor.Anonymous, proposalId)).Value!.View;
        var sequence = await database.QueryAsync(db => db.CurrentSequenceAsync(LiveTopics.Proposal(proposalId)));
        return (page, view, sequence);
    }

    private LiveEvent Event(long? sequence, string kind, object payload) =>
        new(LiveTopics.Proposal(proposalId), sequence, kind, payload, Audience.Public, DateTimeOffset.UtcNow);

    [Fact]
    public async Task A_visitor_sees_the_proposal_and_is_invited_to_sign_in_to_express_interest()
    {
        var (page, _, _) = await OpenAsync();

        Assert.Equal("Open", page.Find("[data-testid=proposal-status]").GetAttribute("data-status"));
        Assert.NotNull(page.Find("[data-testid=cross-border-badge]"));
        Assert.Contains("<strong>share residual heat</strong>", page.Find("[data-testid=proposal-body]").InnerHtml);
        Assert.Contains("Lotte Janssens", page.Find("[data-testid=proposal-author]").TextContent);
        Assert.Contains("Interreg", page.Find("[data-testid=funding-call]").TextContent);
        Assert.Contains("left", page.Find("[data-testid=funding-countdown]").TextContent);
        Assert.NotNull(page.Find("section#discussion"));
        Assert.NotNull(page.Find("[data-testid=interest-sign-in]"));
        Assert.Empty(page.FindAll("[data-testid=interest-button]"));
        Assert.Empty(page.FindAll("[data-testid=proposal-status-select]"));
        Assert.Empty(page.FindAll("[data-testid=proposal-edit]"));
    }

    [Fact]
    public async Task A_pushed_change_updates_status_interest_count_and_partners_without_a_query()
    {
        SignIn("Pieter Smit", pieter);
        var (page, view, sequence) = await OpenAsync();
        Assert.NotNull(page.Find("[data-testid=interest-button]"));
        var queriesBefore = database.Commands.Count;

        var partner = new MemberRef(pieter.UserId, "Pieter Smit", "NL", ActorType.Research, null);
        await bus.PushAsync(Event(sequence + 1, ProposalEvents.ProposalChanged,
            view with { Status = ProposalStatus.InDiscussion, InterestCount = 1, Partners = [partner], Version = Guid.NewGuid() }));

        page.WaitForAssertion(() => Assert.Equal("InDiscussion", page.Find("[data-testid=proposal-status]").GetAttribute("data-status")));
        Assert.Equal("1", page.Find("[data-testid=interest-count]").TextContent);
        Assert.Equal(pieter.UserId, page.Find("[data-testid=partner]").GetAttribute("data-user-id"));
        Assert.Equal("Accepted", page.Find("[data-testid=interest-state]").GetAttribute("data-status"));
        Assert.Contains("live-highlight", page.Find("[data-testid=proposal-hero]").ClassList);
        Assert.Equal(queriesBefore, database.Commands.Count);
    }

    [Fact]
    public async Task A_presence_count_sets_the_viewer_count_and_comment_events_are_left_to_the_discussion()
    {
        var (page, view, sequence) = await OpenAsync();
        var queriesBefore = database.Commands.Count;

        await bus.PushAsync(Event(null, ProposalEvents.Presence, new PresenceCount(7)));
        page.WaitForAssertion(() => Assert.Equal("7", page.Find("[data-testid=viewer-count]").TextContent));
        Assert.Equal("7 people viewing", page.Find(".viewer-count").GetAttribute("aria-label"));

        await bus.PushAsync(Event(sequence + 1, ProposalEvents.CommentPosted, "not for this view"));
        Assert.Equal("Shared heat networks across the Scheldt", page.Find("[data-testid=proposal-title]").TextContent);
        Assert.Equal(queriesBefore, database.Commands.Count);
    }

    [Fact]
    public async Task The_author_sees_interests_with_messages_and_the_panel_reloads_when_the_proposal_changes()
    {
        SignIn("Lotte Janssens", lotte);
        var (page, _, sequence) = await OpenAsync();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=interest-panel-empty]")));
        Assert.NotNull(page.Find("[data-testid=proposal-status-select]"));
        Assert.NotNull(page.Find("[data-testid=proposal-edit]"));
        Assert.Empty(page.FindAll("[data-testid=interest-button]"));

        Assert.True((await database.Get<InterestService>().ExpressAsync(pieter, proposalId, "We run a heat storage lab in Delft.")).Succeeded);
        var changed = (await database.Get<ProposalDirectory>().GetAsync(lotte, proposalId)).Value!.View;
        await bus.PushAsync(Event(sequence + 1, ProposalEvents.ProposalChanged, changed));

        page.WaitForAssertion(() => Assert.Contains("heat storage lab", page.Find("[data-testid=interest-item]").TextContent));
        Assert.Equal("1", page.Find("[data-testid=interest-count]").TextContent);
        Assert.NotNull(page.Find("[data-testid=interest-accept]"));
    }

    [Fact]
    public async Task An_unknown_proposal_is_not_found_and_a_withdrawn_one_tells_the_visitor()
    {
        var (page, _, sequence) = await OpenAsync();

        await bus.PushAsync(Event(sequence + 1, ProposalEvents.ProposalWithdrawn, proposalId));
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=proposal-withdrawn]")));
        Assert.Empty(page.FindAll("[data-testid=proposal-title]"));

        page.Instance.Dispose();
        Assert.Equal(0, bus.SubscriberCount);
    }
}
