using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Gatherings;
using BeneluxClimate.Domain.Gatherings.Sessions;
using BeneluxClimate.Domain.Members;
using BeneluxClimate.Domain.Moderation;
using BeneluxClimate.Domain.News;
using BeneluxClimate.Domain.Organisations;
using BeneluxClimate.Domain.Partnerships;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Domain.Showcase;
using BeneluxClimate.Tests.Builders;
using Microsoft.EntityFrameworkCore;
using static BeneluxClimate.Tests.Domain.Security.Authorization.AuthorizationRole;

namespace BeneluxClimate.Tests.Domain.Security.Authorization;

/// <summary>
/// The world every row is checked in, built once through the services: Member owns a proposal (with a comment,
/// another member's interest and a hidden twin), a draft and a published project of the organisation whose admin is
/// OrganisationAdmin, a comment hidden by moderation with an open appeal, and a registration for EventHost's open
/// session room (with a question, a chat line and two polls); EventHost also wrote a published and a scheduled news
/// post. A moderator who is not one of the roles took the moderation actions, so both Moderator and Admin may
/// decide the appeal.
/// </summary>
public static class ScenarioSeed
{
    public static async Task<ScenarioIds> SeedAsync(TestDatabase database)
    {
        var users = new Dictionary<AuthorizationRole, string>
        {
            [Member] = await database.AddMemberAsync("Mia Member", "member@example.test"),
            [OtherMember] = await database.AddMemberAsync("Otto Other", "other@example.test"),
            [OrganisationAdmin] = await database.AddMemberAsync("Olga Organiser", "orgadmin@example.test"),
            [EventHost] = await database.AddMemberAsync("Hugo Host", "host@example.test", Roles.EventHost),
            [Moderator] = await database.AddMemberAsync("Mo Moderator", "moderator@example.test", Roles.Moderator),
            [Admin] = await database.AddMemberAsync("Ada Admin", "admin@example.test", Roles.Admin),
        };
        var applicant = await database.AddMemberAsync("Abe Applicant", "applicant@example.test");
        var seedModerator = Actor.Member(await database.AddMemberAsync("Sam Seed", "seed.moderator@example.test", Roles.Moderator), Roles.Member, Roles.Moderator);
        var actors = users.ToDictionary(pair => pair.Key, pair => Actor.Member(pair.Value, Roles.Member));
        var member = actors[Member];
        var host = Actor.Member(users[EventHost], Roles.Member, Roles.EventHost);

        var profiles = database.Get<MemberProfiles>();
        foreach (var (role, actor) in actors)
        {
            var visibility = role == Member ? ProfileVisibility.MembersOnly : ProfileVisibility.Public;
            Expect(await profiles.SaveAsync(actor, ProfileInputs.Valid(role.ToString()) with { Visibility = visibility }));
        }

        Expect(await profiles.SaveAsync(Actor.Member(applicant, Roles.Member), ProfileInputs.Valid("Applicant")));

        var organisations = database.Get<OrganisationService>();
        var organisation = Created(await organisations.CreateAsync(actors[OrganisationAdmin], OrganisationInput("Scheldt Heat Cooperative")), c => (c.Result, c.OrganisationId));
        Expect(await organisations.RequestToJoinAsync(member, organisation));
        var memberJoining = await database.QueryAsync(db => db.OrganisationMemberships.Where(m => m.UserId == users[Member]).Select(m => m.Id).SingleAsync());
        Expect(await organisations.DecideAsync(actors[OrganisationAdmin], memberJoining, accept: true));
        Expect(await organisations.RequestToJoinAsync(Actor.Member(applicant, Roles.Member), organisation));
        var pending = await database.QueryAsync(db => db.OrganisationMemberships.Where(m => m.UserId == applicant).Select(m => m.Id).SingleAsync());

        var proposals = database.Get<ProposalService>();
        var proposal = Created(await proposals.CreateAsync(member, ProposalInputs.Valid()), c => (c.Result, c.ProposalId));
        var hiddenProposal = Created(await proposals.CreateAsync(member, ProposalInputs.Valid("A proposal a moderator hid")), c => (c.Result, c.ProposalId));
        Expect(await proposals.SetHiddenAsync(seedModerator, hiddenProposal, hidden: true));

        var discussion = database.Get<DiscussionService>();
        var comment = Posted(await discussion.PostAsync(member, proposal, new CommentInput(Guid.NewGuid(), "We can host the first workshop in Kallo.")));
        Expect(await discussion.ReactAsync(member, comment, Enum.GetValues<ReactionKind>()[0]));
        var hiddenComment = Posted(await discussion.PostAsync(member, proposal, new CommentInput(Guid.NewGuid(), "Buy cheap heat pumps at my shop!")));
        Expect(await database.Get<ReportService>().FileAsync(actors[OtherMember], new TargetRef(ReportTarget.Comment, comment), ReportReason.Spam, "Looks like an advert"));
        var moderation = database.Get<ModerationService>();
        Expect(await moderation.HideAsync(seedModerator, new TargetRef(ReportTarget.Comment, hiddenComment), ReportReason.Spam, "Advertising"));
        var hideAction = await database.QueryAsync(db => db.ModerationActions.Where(a => a.SubjectUserId == users[Member]).Select(a => a.Id).MaxAsync());
        var appealed = Posted(await discussion.PostAsync(member, proposal, new CommentInput(Guid.NewGuid(), "Another advert for my shop.")));
        Expect(await moderation.HideAsync(seedModerator, new TargetRef(ReportTarget.Comment, appealed), ReportReason.Spam, "Advertising again"));
        var appealedAction = await database.QueryAsync(db => db.ModerationActions.Where(a => a.SubjectUserId == users[Member]).Select(a => a.Id).MaxAsync());
        Expect(await database.Get<AppealService>().AppealAsync(member, appealedAction, "It was a joke, not an advert."));
        var appeal = await database.QueryAsync(db => db.Appeals.Select(a => a.Id).SingleAsync());

        Expect(await database.Get<InterestService>().ExpressAsync(actors[OtherMember], proposal, "We run a heat network in Terneuzen."));
        var interest = await database.QueryAsync(db => db.Interests.Select(i => i.Id).SingleAsync());

        var projects = database.Get<ProjectService>();
        var draftProject = Created(await projects.CreateAsync(member, ProjectInputs.Valid("A draft project")), c => (c.Result, c.ProjectId));
        var publishedProject = Created(await projects.CreateAsync(member, ProjectInputs.Valid()), c => (c.Result, c.ProjectId));
        Expect(await projects.PublishAsync(member, publishedProject));

        var gathering = await database.AddGatheringAsync(users[EventHost], RoomState.Open, registered: [users[Member]]);
        var unopened = await database.AddGatheringAsync(users[EventHost], RoomState.NotOpened, registered: [users[Member]]);
        var hiddenGathering = await database.AddGatheringAsync(users[EventHost], RoomState.Open, registered: [users[Member]]);
        await database.QueryAsync(db => db.Gatherings.Where(g => g.Id == hiddenGathering).ExecuteUpdateAsync(s => s.SetProperty(g => g.IsHidden, true)));
        await database.QueryAsync(db => db.Gatherings.Where(g => g.Id == gathering).ExecuteUpdateAsync(s => s.SetProperty(g => g.MeetingUrl, MeetingUrl)));
        if (!(await database.Get<CalendarFeeds>().ResetTokenAsync(member)).Succeeded)
        {
            throw new InvalidOperationException("The scenario could not give the member a calendar feed.");
        }

        var rooms = database.Get<SessionRoomService>();
        var question = (await rooms.AskAsync(member, gathering, Guid.NewGuid(), "Who pays for the pipe across the border?")).Question!.Id;
        var chat = (await rooms.ChatAsync(member, gathering, Guid.NewGuid(), "Hello from Gent!")).Message!.Id;
        var draftPoll = (await rooms.CreatePollAsync(host, gathering, new PollInput(Guid.NewGuid(), "Which border first?", PollKind.SingleChoice, ["BE-NL", "NL-LU"]))).Poll!.Id;
        var openPoll = (await rooms.CreatePollAsync(host, gathering, new PollInput(Guid.NewGuid(), "Join the pilot?", PollKind.SingleChoice, ["Yes", "No"]))).Poll!;
        Expect(await rooms.OpenPollAsync(host, openPoll.Id));

        var news = database.Get<NewsService>();
        var published = Created(await news.PublishAsync(host, NewsInput("Heat networks cross the border")), c => (c.Result, c.PostId));
        var scheduled = Created(await news.PublishAsync(host, NewsInput("Next month's call") with { PublishAtUtc = DateTimeOffset.UtcNow.AddDays(30) }), c => (c.Result, c.PostId));

        return new ScenarioIds(users, applicant, organisation, pending, proposal, hiddenProposal, comment, interest, hiddenComment, hideAction, appeal,
            draftProject, publishedProject, gathering, unopened, hiddenGathering, question, chat, draftPoll, openPoll.Id, openPoll.Options[0].Id,
            published, scheduled);
    }

    /// <summary>The session's meeting link: for those with a seat only.</summary>
    public const string MeetingUrl = "https://meet.example.org/scheldt-heat-live";

    public static OrganisationInput OrganisationInput(string name) =>
        new(Guid.NewGuid(), name, ActorType.NGO, "BE", "https://example.org/heat", "A citizen heat cooperative on both sides of the Scheldt.", null);

    public static NewsInput NewsInput(string title) =>
        new(Guid.NewGuid(), title, "Two towns share residual heat.", "The **first pipe** crosses the border in spring.", "en");

    private static void Expect(CommandResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"The scenario could not be built: {result.Refusal} {string.Join(", ", result.Problems ?? [])}");
        }
    }

    private static long Posted(CommentPosting posting)
    {
        Expect(posting.Result);
        return posting.Comment!.Id;
    }

    private static int Created<T>(T creation, Func<T, (CommandResult Result, int? Id)> parts)
    {
        var (result, id) = parts(creation);
        Expect(result);
        return id!.Value;
    }
}
