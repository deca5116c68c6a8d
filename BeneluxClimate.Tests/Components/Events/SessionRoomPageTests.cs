using System.Security.Claims;
using BeneluxClimate.App.Components.Account;
using BeneluxClimate.App.Components.Pages.Events;
using BeneluxClimate.App.Live;
using BeneluxClimate.App.Security;
using BeneluxClimate.Domain.Gatherings;
using BeneluxClimate.Domain.Gatherings.Sessions;
using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Moderation;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Tests.Builders;
using Bunit;
using Microsoft.Extensions.DependencyInjection;

namespace BeneluxClimate.Tests.Components.Events;

/// <summary>The session room page applies pushed changes without queries, and explains who may not take part.</summary>
public sealed class SessionRoomPageTests : IAsyncLifetime
{
    private readonly FakeLiveBus bus = new();
    private TestDatabase database = null!;
    private Actor host = null!;
    private Actor anna = null!;
    private Actor joost = null!;
    private Actor claire = null!;

    private SessionRoomService Rooms => database.Get<SessionRoomService>();

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(new() { ["RateLimits:WritesPerMemberPerMinute"] = "1000" });
        host = Actor.Member(await database.AddMemberAsync("Hélène Schmit", "host@example.test", Roles.EventHost), Roles.Member, Roles.EventHost);
        anna = Actor.Member(await database.AddMemberAsync("Anna Peeters", "anna@example.test"), Roles.Member);
        joost = Actor.Member(await database.AddMemberAsync("Joost de Vries", "joost@example.test"), Roles.Member);
        claire = Actor.Member(await database.AddMemberAsync("Claire Muller", "claire@example.test"), Roles.Member);
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    private ComponentTestContext Context(Actor viewer, string name, string culture = "en")
    {
        var context = new ComponentTestContext(culture, services: services =>
        {
            services.AddSingleton(Rooms);
            services.AddSingleton(database.Get<ReportService>()); // the report buttons on questions and chat lines
            services.AddSingleton<ILiveBus>(bus);
            services.AddSingleton(database.Get<TopicSequenceReader>());
            services.AddSingleton(TimeProvider.System);
            services.AddSingleton<PresenceTracker>();
            services.AddScoped<ActorAccessor>();
        });
        context.SignedInAs(name, [.. viewer.Roles.Where(r => r != Roles.Member)]);
        context.Authorization.SetClaims(new Claim(ClaimTypes.NameIdentifier, viewer.UserId!), new Claim(ClimateClaimsPrincipalFactory.DisplayNameClaim, name));
        return context;
    }

    private LiveEvent Event(int id, long sequence, string kind, object payload) => new(LiveTopics.Session(id), sequence, kind, payload, Audience.Members, DateTimeOffset.UtcNow);

    [Fact]
    public async Task Pushed_questions_upvotes_polls_and_hiding_apply_without_a_query_and_a_repeated_event_changes_nothing()
    {
        var id = await database.AddGatheringAsync(host.UserId!, RoomState.Open, registered: [anna.UserId!, joost.UserId!]);
        await using var context = Context(anna, "Anna Peeters");
        var page = context.Render<SessionRoom>(p => p.Add(x => x.Id, id));
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=question-input]")));
        var sequence = await Rooms.SequenceAsync(id);
        var first = (await Rooms.AskAsync(joost, id, Guid.NewGuid(), "Who pays for the pipes?")).Question!;
        var second = (await Rooms.AskAsync(joost, id, Guid.NewGuid(), "Can Liège join?")).Question!;
        var poll = (await Rooms.CreatePollAsync(host, id, new PollInput(Guid.NewGuid(), "Next theme?", PollKind.SingleChoice, ["Water", "Energy"]))).Poll!;
        var queries = database.Commands.Count;

        await bus.PushAsync(Event(id, sequence + 1, SessionEvents.QuestionAsked, first));
        await bus.PushAsync(Event(id, sequence + 1, SessionEvents.QuestionAsked, first));
        await bus.PushAsync(Event(id, sequence + 2, SessionEvents.QuestionAsked, second));
        await bus.PushAsync(Event(id, sequence + 3, SessionEvents.UpvotesChanged, new QuestionUpvotes(second.Id, 4)));
        await bus.PushAsync(Event(id, sequence + 4, SessionEvents.PollCreated, poll)); // a draft: the host's only
        await bus.PushAsync(Event(id, sequence + 5, SessionEvents.PollOpened, poll with { State = PollState.Open }));
        var counted = poll with { State = PollState.Open, VoterCount = 2, Options = [poll.Options[0] with { Votes = 1 }, poll.Options[1] with { Votes = 1 }] };
        await bus.PushAsync(Event(id, sequence + 6, SessionEvents.PollCountsChanged, counted));

        page.WaitForAssertion(() =>
        {
            var questions = page.FindAll("[data-testid=question]");
            Assert.Equal([second.Id.ToString(), first.Id.ToString()], questions.Select(q => q.GetAttribute("data-question-id")));
            Assert.Equal("4", questions[0].QuerySelector("[data-testid=vote-count]")!.TextContent);
            Assert.Equal(["1", "1"], page.FindAll("[data-testid=poll-option]").Select(o => o.GetAttribute("data-votes")));
        });
        Assert.Single(page.FindAll("[data-testid=poll]"));

        await bus.PushAsync(Event(id, sequence + 7, SessionEvents.QuestionHidden, new QuestionFlags(second.Id, false, true)));
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=question]")));
        Assert.Equal(queries, database.Commands.Count);

        // Closing makes the room read-only everywhere on the page.
        await bus.PushAsync(Event(id, sequence + 8, GatheringEvents.RoomStateChanged, new RoomStatus(id, RoomState.Closed, DateTimeOffset.UtcNow)));
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=question-input]")));
        Assert.Equal("Closed", page.Find("[data-testid=poll]").GetAttribute("data-state"));
        Assert.NotNull(page.Find("[data-testid=session-closed]"));
    }

    [Fact]
    public async Task A_member_without_a_seat_is_told_to_register_and_a_host_sees_the_open_button_in_dutch()
    {
        var id = await database.AddGatheringAsync(host.UserId!, RoomState.NotOpened, registered: [anna.UserId!]);
        await using (var context = Context(claire, "Claire Muller", "fr"))
        {
            var page = context.Render<SessionRoom>(p => p.Add(x => x.Id, id));
            Assert.Contains("réservée aux participants inscrits", page.Find("[data-testid=session-not-registered]").TextContent);
            Assert.Equal($"events/{id}", page.Find("[data-testid=session-register-link]").GetAttribute("href"));
            Assert.Empty(page.FindAll("[data-testid=question-input]"));
        }

        await using (var context = Context(host, "Hélène Schmit", "nl"))
        {
            var page = context.Render<SessionRoom>(p => p.Add(x => x.Id, id));
            Assert.Contains("Ruimte openen", page.Find("[data-testid=room-open]").TextContent);
            Assert.Contains("nog niet open", page.Find("[data-testid=session-not-open]").TextContent);
        }
    }

    [Fact]
    public async Task The_summary_panel_appears_when_the_host_closes_the_room_and_offers_a_proposal()
    {
        var id = await database.AddGatheringAsync(host.UserId!, RoomState.Open, registered: [anna.UserId!, joost.UserId!]);
        await Rooms.EnterAsync(anna, id);
        await Rooms.EnterAsync(joost, id);
        await Rooms.AskAsync(anna, id, Guid.NewGuid(), "Is there a follow-up meeting in Maastricht?");
        await using var context = Context(anna, "Anna Peeters");
        var panel = context.Render<BeneluxClimate.App.Components.Pages.Events.Session.SessionSummaryPanel>(p => p.Add(x => x.GatheringId, id));
        Assert.Empty(panel.FindAll("[data-testid=session-summary]")); // nothing to sum up while the room is open

        Assert.True((await Rooms.CloseAsync(host, id)).Succeeded);
        await bus.PushAsync(new LiveEvent(LiveTopics.Event(id), 1, GatheringEvents.RoomStateChanged, new RoomStatus(id, RoomState.Closed, DateTimeOffset.UtcNow), Audience.Public, DateTimeOffset.UtcNow));

        panel.WaitForAssertion(() => Assert.Equal("2", panel.Find("[data-testid=summary-attendance]").TextContent));
        Assert.Contains("follow-up meeting in Maastricht", panel.Find("[data-testid=summary-question]").TextContent);
        Assert.Equal($"proposals/new?fromEvent={id}", panel.Find("[data-testid=summary-proposal]").GetAttribute("href"));
    }
}
