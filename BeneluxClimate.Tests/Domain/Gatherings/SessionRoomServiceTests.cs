using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Gatherings;
using BeneluxClimate.Domain.Gatherings.Sessions;
using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Moderation;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Tests.Builders;
using Microsoft.EntityFrameworkCore;

namespace BeneluxClimate.Tests.Domain.Gatherings;

/// <summary>The live session room's rules: who enters, asks, upvotes, votes, chats and moderates, and the limits.</summary>
public sealed class SessionRoomServiceTests : IAsyncLifetime
{
    private TestDatabase database = null!;
    private Actor host = null!;
    private Actor anna = null!;
    private Actor joost = null!;
    private Actor claire = null!;
    private Actor moderator = null!;
    private Actor admin = null!;

    private SessionRoomService Rooms => database.Get<SessionRoomService>();

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(new() { ["RateLimits:WritesPerMemberPerMinute"] = "1000" });
        host = Actor.Member(await database.AddMemberAsync("Hélène Schmit", "host@example.test", Roles.EventHost), Roles.Member, Roles.EventHost);
        anna = Actor.Member(await database.AddMemberAsync("Anna Peeters", "anna@example.test"), Roles.Member);
        joost = Actor.Member(await database.AddMemberAsync("Joost de Vries", "joost@example.test"), Roles.Member);
        claire = Actor.Member(await database.AddMemberAsync("Claire Muller", "claire@example.test"), Roles.Member);
        moderator = Actor.Member(await database.AddMemberAsync("Mona", "mona@example.test", Roles.Moderator), Roles.Member, Roles.Moderator);
        admin = Actor.Member(await database.AddMemberAsync("Ada", "ada@example.test", Roles.Admin), Roles.Member, Roles.Admin);
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    private Task<int> RoomAsync(RoomState state = RoomState.Open, bool requiresRegistration = true) =>
        database.AddGatheringAsync(host.UserId!, state, requiresRegistration, [anna.UserId!, joost.UserId!]);

    private async Task<QuestionView> AskAsync(Actor actor, int id, string text)
    {
        var asked = await Rooms.AskAsync(actor, id, Guid.NewGuid(), text);
        Assert.True(asked.Result.Succeeded, asked.Result.Refusal?.ToString());
        return asked.Question!;
    }

    private async Task<PollView> OpenPollAsync(int id, PollKind kind = PollKind.SingleChoice)
    {
        var created = await Rooms.CreatePollAsync(host, id, new PollInput(Guid.NewGuid(), "Which border region first?", kind, ["Scheldt estuary", "Meuse-Rhine", "Greater Region"]));
        Assert.True(created.Result.Succeeded, created.Result.Refusal?.ToString());
        Assert.True((await Rooms.OpenPollAsync(host, created.Poll!.Id)).Succeeded);
        return created.Poll;
    }

    [Fact]
    public async Task Only_hosts_co_hosts_and_admins_open_and_close_the_room_and_each_topic_gets_its_own_number()
    {
        var id = await RoomAsync(RoomState.NotOpened);
        var published = new List<LiveEvent>();
        var bus = database.Get<ILiveBus>();
        var arrived = new TaskCompletionSource();
        using var events = bus.Subscribe(LiveTopics.Events, e => { published.Add(e); arrived.TrySetResult(); return Task.CompletedTask; }, () => Task.CompletedTask);

        Assert.Equal(Refusal.NotSignedIn, (await Rooms.OpenAsync(Actor.Anonymous, id)).Refusal);
        Assert.Equal(Refusal.Forbidden, (await Rooms.OpenAsync(anna, id)).Refusal);
        Assert.Equal(Refusal.Forbidden, (await Rooms.OpenAsync(moderator, id)).Refusal);
        Assert.Equal(Refusal.Conflict, (await Rooms.CloseAsync(host, id)).Refusal);
        Assert.True((await Rooms.OpenAsync(host, id)).Succeeded);
        await arrived.Task.Within();

        var status = Assert.IsType<RoomStatus>(Assert.Single(published).Payload);
        Assert.Equal(RoomState.Open, status.State);
        Assert.Equal(GatheringEvents.RoomStateChanged, published[0].Kind);
        Assert.Equal(1, await database.QueryAsync(db => db.CurrentSequenceAsync(LiveTopics.Session(id))));
        Assert.Equal(1, await database.QueryAsync(db => db.CurrentSequenceAsync(LiveTopics.Event(id))));
        Assert.True((await Rooms.CloseAsync(admin, id)).Succeeded);
        var gathering = await database.QueryAsync(db => db.Gatherings.SingleAsync(g => g.Id == id));
        Assert.Equal(RoomState.Closed, gathering.RoomState);
        Assert.NotNull(gathering.RoomClosedAtUtc);
    }

    [Fact]
    public async Task A_co_host_opens_the_room()
    {
        var id = await RoomAsync(RoomState.NotOpened);
        await using (var db = await database.Contexts.CreateDbContextAsync())
        {
            var gathering = await db.Gatherings.SingleAsync(g => g.Id == id);
            gathering.CoHostIds = [claire.UserId!];
            await db.SaveChangesAsync();
        }

        Assert.True((await Rooms.OpenAsync(claire, id)).Succeeded);
        Assert.Equal(SessionAccess.Host, (await Rooms.RoomAsync(claire, id)).Value!.Access);
    }

    [Fact]
    public async Task Only_registered_attendees_hosts_and_moderators_enter_a_room_that_requires_registration()
    {
        var id = await RoomAsync();

        Assert.Equal(SessionAccess.NotSignedIn, (await Rooms.RoomAsync(Actor.Anonymous, id)).Value!.Access);
        var outsider = (await Rooms.RoomAsync(claire, id)).Value!;
        Assert.Equal(SessionAccess.NotRegistered, outsider.Access);
        Assert.False(outsider.MayEnter);
        Assert.Equal(SessionAccess.Attendee, (await Rooms.RoomAsync(anna, id)).Value!.Access);
        Assert.Equal(SessionAccess.Host, (await Rooms.RoomAsync(host, id)).Value!.Access);
        Assert.Equal(SessionAccess.Moderator, (await Rooms.RoomAsync(moderator, id)).Value!.Access);

        Assert.Equal(Refusal.NotSignedIn, (await Rooms.EnterAsync(Actor.Anonymous, id)).Refusal);
        Assert.Equal(Refusal.Forbidden, (await Rooms.EnterAsync(claire, id)).Refusal);
        Assert.Equal(Refusal.Forbidden, (await Rooms.AskAsync(claire, id, Guid.NewGuid(), "May I?")).Result.Refusal);
        Assert.Equal(Refusal.Forbidden, (await Rooms.ChatAsync(claire, id, Guid.NewGuid(), "Hello")).Result.Refusal);
        Assert.True((await Rooms.EnterAsync(anna, id)).Succeeded);
        Assert.True((await Rooms.EnterAsync(anna, id)).Succeeded);
        Assert.True((await Rooms.EnterAsync(host, id)).Succeeded);
        Assert.Equal(2, (await Rooms.SummaryAsync(Actor.Anonymous, id)).Value!.Attendance); // people, not visits
    }

    [Fact]
    public async Task A_waitlisted_or_cancelled_member_is_not_an_attendee_but_anyone_signed_in_enters_an_open_event()
    {
        var id = await RoomAsync();
        await using (var db = await database.Contexts.CreateDbContextAsync())
        {
            db.Registrations.Add(new Registration { GatheringId = id, MemberId = claire.UserId!, Status = RegistrationStatus.Waitlisted, RequestedAtUtc = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        }

        Assert.Equal(SessionAccess.NotRegistered, (await Rooms.RoomAsync(claire, id)).Value!.Access);
        var open = await RoomAsync(requiresRegistration: false);
        Assert.Equal(SessionAccess.Attendee, (await Rooms.RoomAsync(claire, open)).Value!.Access);
        Assert.True((await Rooms.AskAsync(claire, open, Guid.NewGuid(), "Is the recording shared?")).Result.Succeeded);
    }

    [Fact]
    public async Task Nothing_is_asked_voted_or_said_before_the_room_opens_or_after_it_closes()
    {
        var id = await RoomAsync(RoomState.NotOpened);
        Assert.Equal(Refusal.Locked, (await Rooms.AskAsync(anna, id, Guid.NewGuid(), "Too early?")).Result.Refusal);
        Assert.Equal(Refusal.Locked, (await Rooms.EnterAsync(anna, id)).Refusal);
        Assert.True((await Rooms.OpenAsync(host, id)).Succeeded);
        var question = await AskAsync(anna, id, "What does the Benelux Secretariat fund?");
        var poll = await OpenPollAsync(id);
        Assert.True((await Rooms.CloseAsync(host, id)).Succeeded);

        Assert.Equal(Refusal.Locked, (await Rooms.AskAsync(joost, id, Guid.NewGuid(), "Too late?")).Result.Refusal);
        Assert.Equal(Refusal.Locked, (await Rooms.UpvoteAsync(joost, question.Id)).Refusal);
        Assert.Equal(Refusal.Locked, (await Rooms.VoteAsync(joost, poll.Id, [poll.Options[0].Id])).Refusal);
        Assert.Equal(Refusal.Locked, (await Rooms.ChatAsync(joost, id, Guid.NewGuid(), "Bye")).Result.Refusal);
        Assert.Equal(Refusal.Locked, (await Rooms.MarkAnsweredAsync(host, question.Id)).Refusal);
        Assert.Equal(PollState.Closed, Assert.Single((await Rooms.RoomAsync(anna, id)).Value!.Polls).State); // closing the room closes its polls
        Assert.True((await Rooms.HideQuestionAsync(moderator, question.Id, ReportReason.Spam)).Succeeded); // moderation goes on
    }

    [Fact]
    public async Task Questions_are_limited_to_500_characters_and_a_retried_send_stores_one()
    {
        var id = await RoomAsync();
        var tooLong = await Rooms.AskAsync(anna, id, Guid.NewGuid(), new string('a', Question.TextMaxLength + 1));
        Assert.Equal("TooLong", Assert.Single(tooLong.Result.Problems!).Code);
        Assert.Equal("Required", Assert.Single((await Rooms.AskAsync(anna, id, Guid.NewGuid(), "   ")).Result.Problems!).Code);
        Assert.Equal(Refusal.InvalidInput, (await Rooms.AskAsync(anna, id, Guid.Empty, "No id")).Result.Refusal);

        var clientId = Guid.NewGuid();
        var first = await Rooms.AskAsync(anna, id, clientId, new string('b', Question.TextMaxLength));
        var retry = await Rooms.AskAsync(anna, id, clientId, new string('b', Question.TextMaxLength));
        Assert.Equal(first.Question!.Id, retry.Question!.Id);
        Assert.Equal("Anna Peeters", first.Question.Author.DisplayName);
        Assert.Equal(1, await database.QueryAsync(db => db.SessionQuestions.CountAsync()));
    }

    [Fact]
    public async Task Questions_are_sorted_by_upvotes_then_time_and_a_second_upvote_changes_nothing()
    {
        var id = await RoomAsync();
        var first = await AskAsync(anna, id, "How do we share heat across the Scheldt?");
        var second = await AskAsync(joost, id, "Who pays for the pipes?");

        Assert.Equal(Refusal.NotSignedIn, (await Rooms.UpvoteAsync(Actor.Anonymous, second.Id)).Refusal);
        Assert.Equal(Refusal.Forbidden, (await Rooms.UpvoteAsync(claire, second.Id)).Refusal);
        Assert.True((await Rooms.UpvoteAsync(anna, second.Id)).Succeeded);
        Assert.True((await Rooms.UpvoteAsync(anna, second.Id)).Succeeded);
        Assert.True((await Rooms.UpvoteAsync(joost, second.Id)).Succeeded); // one's own question too: every attendee once

        var room = (await Rooms.RoomAsync(anna, id)).Value!;
        Assert.Equal([second.Id, first.Id], room.Questions.Select(q => q.Id));
        Assert.Equal(2, room.Questions[0].Upvotes);
        Assert.Equal([second.Id], room.OwnUpvotes);
        Assert.Equal(2, await database.QueryAsync(db => db.SessionQuestionUpvotes.CountAsync()));
    }

    [Fact]
    public async Task Concurrent_upvotes_count_each_attendee_once()
    {
        var id = await RoomAsync(requiresRegistration: false);
        var question = await AskAsync(anna, id, "Can the pilots start in 2027?");
        var voters = new List<Actor> { anna, joost, claire, host, moderator };
        var attempts = voters.SelectMany(v => Enumerable.Repeat(v, 3)).Select(v => Task.Run(() => Rooms.UpvoteAsync(v, question.Id)));

        var results = await Task.WhenAll(attempts);

        Assert.All(results, r => Assert.True(r.Succeeded, r.Refusal?.ToString()));
        var stored = await database.QueryAsync(db => db.SessionQuestions.SingleAsync(q => q.Id == question.Id));
        Assert.Equal(voters.Count, stored.UpvoteCount);
        Assert.Equal(voters.Count, await database.QueryAsync(db => db.SessionQuestionUpvotes.CountAsync()));
    }

    [Fact]
    public async Task Hosts_and_moderators_mark_questions_answered_or_hide_them_and_attendees_no_longer_see_hidden_ones()
    {
        var id = await RoomAsync();
        var question = await AskAsync(anna, id, "Is there funding for youth groups?");
        var spam = await AskAsync(joost, id, "Buy cheap solar panels now!!!");

        Assert.Equal(Refusal.Forbidden, (await Rooms.MarkAnsweredAsync(joost, question.Id)).Refusal);
        Assert.Equal(Refusal.Forbidden, (await Rooms.HideQuestionAsync(anna, spam.Id, ReportReason.Spam)).Refusal);
        Assert.True((await Rooms.MarkAnsweredAsync(host, question.Id)).Succeeded);
        Assert.True((await Rooms.HideQuestionAsync(moderator, spam.Id, ReportReason.Spam)).Succeeded);

        var attendee = (await Rooms.RoomAsync(anna, id)).Value!;
        Assert.True(Assert.Single(attendee.Questions).IsAnswered);
        Assert.Contains((await Rooms.RoomAsync(host, id)).Value!.Questions, q => q.Id == spam.Id && q.IsHidden);
        Assert.Equal(Refusal.NotFound, (await Rooms.UpvoteAsync(anna, spam.Id)).Refusal);
    }

    [Fact]
    public async Task Hosts_create_open_and_close_polls_and_attendees_see_drafts_only_once_opened()
    {
        var id = await RoomAsync();
        var input = new PollInput(Guid.NewGuid(), "Which theme next time?", PollKind.MultipleChoice, ["Adaptation", "Energy", "Mobility"]);

        Assert.Equal(Refusal.Forbidden, (await Rooms.CreatePollAsync(anna, id, input)).Result.Refusal);
        Assert.Equal(Refusal.Forbidden, (await Rooms.CreatePollAsync(moderator, id, input)).Result.Refusal);
        Assert.Equal("TooFew", Assert.Single((await Rooms.CreatePollAsync(host, id, input with { ClientId = Guid.NewGuid(), Options = ["Only one", " "] })).Result.Problems!).Code);
        Assert.Equal("Duplicate", Assert.Single((await Rooms.CreatePollAsync(host, id, input with { ClientId = Guid.NewGuid(), Options = ["Energy", "energy"] })).Result.Problems!).Code);
        var created = await Rooms.CreatePollAsync(host, id, input);
        var again = await Rooms.CreatePollAsync(host, id, input);
        Assert.Equal(created.Poll!.Id, again.Poll!.Id);
        Assert.Empty((await Rooms.RoomAsync(anna, id)).Value!.Polls);
        Assert.Equal(PollState.Draft, Assert.Single((await Rooms.RoomAsync(host, id)).Value!.Polls).State);

        Assert.Equal(Refusal.Forbidden, (await Rooms.OpenPollAsync(anna, created.Poll.Id)).Refusal);
        Assert.Equal(Refusal.NotFound, (await Rooms.VoteAsync(anna, created.Poll.Id, [created.Poll.Options[0].Id])).Refusal);
        Assert.True((await Rooms.OpenPollAsync(host, created.Poll.Id)).Succeeded);
        Assert.Equal(PollState.Open, Assert.Single((await Rooms.RoomAsync(anna, id)).Value!.Polls).State);
        Assert.True((await Rooms.ClosePollAsync(host, created.Poll.Id)).Succeeded);
        Assert.Equal(Refusal.Locked, (await Rooms.VoteAsync(anna, created.Poll.Id, [created.Poll.Options[0].Id])).Refusal);
    }

    [Fact]
    public async Task Single_choice_takes_exactly_one_option_and_a_second_vote_changes_nothing()
    {
        var id = await RoomAsync();
        var poll = await OpenPollAsync(id);
        var (a, b) = (poll.Options[0].Id, poll.Options[1].Id);

        Assert.Equal("ChooseOne", Assert.Single((await Rooms.VoteAsync(anna, poll.Id, [a, b])).Problems!).Code);
        Assert.Equal(Refusal.InvalidInput, (await Rooms.VoteAsync(anna, poll.Id, [])).Refusal);
        Assert.Equal(Refusal.InvalidInput, (await Rooms.VoteAsync(anna, poll.Id, [999_999])).Refusal);
        Assert.Equal(Refusal.Forbidden, (await Rooms.VoteAsync(claire, poll.Id, [a])).Refusal);
        Assert.True((await Rooms.VoteAsync(anna, poll.Id, [a])).Succeeded);
        Assert.True((await Rooms.VoteAsync(anna, poll.Id, [b])).Succeeded);
        Assert.True((await Rooms.VoteAsync(joost, poll.Id, [a])).Succeeded);

        var room = (await Rooms.RoomAsync(anna, id)).Value!;
        var counted = Assert.Single(room.Polls);
        Assert.Equal(2, counted.VoterCount);
        Assert.Equal([2, 0, 0], counted.Options.Select(o => o.Votes));
        Assert.Equal([a], room.OwnVotes[poll.Id]);
        Assert.Equal(100, counted.Percent(counted.Options[0]));
    }

    [Fact]
    public async Task Multiple_choice_takes_a_set_counted_once_per_voter()
    {
        var id = await RoomAsync();
        var poll = await OpenPollAsync(id, PollKind.MultipleChoice);
        var (a, b, c) = (poll.Options[0].Id, poll.Options[1].Id, poll.Options[2].Id);

        Assert.True((await Rooms.VoteAsync(anna, poll.Id, [a, b, b])).Succeeded);
        Assert.True((await Rooms.VoteAsync(joost, poll.Id, [b, c])).Succeeded);
        Assert.True((await Rooms.VoteAsync(joost, poll.Id, [a])).Succeeded);

        var counted = Assert.Single((await Rooms.RoomAsync(host, id)).Value!.Polls);
        Assert.Equal(2, counted.VoterCount);
        Assert.Equal([1, 2, 1], counted.Options.Select(o => o.Votes));
    }

    [Fact]
    public async Task Concurrent_votes_of_one_member_count_once()
    {
        var id = await RoomAsync();
        var poll = await OpenPollAsync(id);
        var results = await Task.WhenAll(poll.Options.SelectMany(o => new[] { o.Id, o.Id }).Select(option => Task.Run(() => Rooms.VoteAsync(anna, poll.Id, [option]))));

        Assert.All(results, r => Assert.True(r.Succeeded));
        var counted = Assert.Single((await Rooms.RoomAsync(host, id)).Value!.Polls);
        Assert.Equal(1, counted.VoterCount);
        Assert.Equal(1, counted.Options.Sum(o => o.Votes));
    }

    [Fact]
    public async Task Chat_keeps_the_comment_limits_refuses_suspended_members_and_moderators_hide_lines()
    {
        var id = await RoomAsync();
        Assert.Equal("TooLong", Assert.Single((await Rooms.ChatAsync(anna, id, Guid.NewGuid(), new string('x', ChatMessage.TextMaxLength + 1))).Result.Problems!).Code);
        var clientId = Guid.NewGuid();
        var line = (await Rooms.ChatAsync(anna, id, clientId, "Goedemiddag from Antwerp!")).Message!;
        Assert.Equal(line.Id, (await Rooms.ChatAsync(anna, id, clientId, "Goedemiddag from Antwerp!")).Message!.Id);

        await using (var db = await database.Contexts.CreateDbContextAsync())
        {
            var user = await db.Users.SingleAsync(u => u.Id == joost.UserId);
            user.LockoutEnd = DateTimeOffset.UtcNow.AddDays(3);
            await db.SaveChangesAsync();
        }

        Assert.Equal(Refusal.Forbidden, (await Rooms.ChatAsync(joost, id, Guid.NewGuid(), "Let me in")).Result.Refusal);
        Assert.Equal(Refusal.Forbidden, (await Rooms.AskAsync(joost, id, Guid.NewGuid(), "Let me ask")).Result.Refusal);
        Assert.Equal(Refusal.Forbidden, (await Rooms.HideChatAsync(anna, line.Id, ReportReason.Abusive)).Refusal);
        Assert.True((await Rooms.HideChatAsync(moderator, line.Id, ReportReason.Abusive)).Succeeded);
        Assert.Empty((await Rooms.RoomAsync(joost, id)).Value!.Chat);
        Assert.True(Assert.Single((await Rooms.RoomAsync(host, id)).Value!.Chat).IsHidden);
        var own = Assert.Single((await Rooms.RoomAsync(anna, id)).Value!.Chat);
        Assert.True(own.IsHidden);
        Assert.Equal("Goedemiddag from Antwerp!", own.Text); // the author sees what was hidden, marked
    }

    [Fact]
    public async Task Chat_keeps_the_comments_pace_a_quick_second_line_and_the_same_text_again_wait()
    {
        var id = await RoomAsync();
        Assert.True((await Rooms.ChatAsync(anna, id, Guid.NewGuid(), "Hallo allemaal")).Result.Succeeded);

        var tooSoon = await Rooms.ChatAsync(anna, id, Guid.NewGuid(), "Is the recording shared?");
        Assert.Equal((Refusal.RateLimited, false), (tooSoon.Result.Refusal, tooSoon.Duplicate));
        Assert.InRange(tooSoon.RetryAfterUtc!.Value - DateTimeOffset.UtcNow, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5));
        Assert.True((await Rooms.ChatAsync(joost, id, Guid.NewGuid(), "Hallo allemaal")).Result.Succeeded); // each member keeps their own pace

        await database.QueryAsync(db => db.SessionChatMessages.ExecuteUpdateAsync(s => s.SetProperty(m => m.CreatedAtUtc, DateTimeOffset.UtcNow.AddMinutes(-1))));
        var again = await Rooms.ChatAsync(anna, id, Guid.NewGuid(), "Hallo allemaal");
        Assert.Equal((Refusal.RateLimited, true), (again.Result.Refusal, again.Duplicate));
        Assert.InRange(again.RetryAfterUtc!.Value - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(3), TimeSpan.FromMinutes(4));
        Assert.True((await Rooms.ChatAsync(anna, id, Guid.NewGuid(), "Is the recording shared?")).Result.Succeeded);
        Assert.Equal(3, await database.QueryAsync(db => db.SessionChatMessages.CountAsync()));
    }

    [Fact]
    public async Task A_host_hide_is_on_the_audit_log_and_its_author_sees_why_and_may_appeal()
    {
        var id = await RoomAsync();
        var question = await AskAsync(anna, id, "Buy my heat pumps, cheapest in Benelux");

        Assert.True((await Rooms.HideQuestionAsync(host, question.Id, ReportReason.Spam)).Succeeded);

        var action = await database.QueryAsync(db => db.ModerationActions.SingleAsync());
        Assert.Equal((ModerationActionKind.Hide, ReportTarget.Question, question.Id, host.UserId, anna.UserId, ReportReason.Spam),
            (action.Kind, action.TargetKind!.Value, action.TargetId!.Value, action.ModeratorId, action.SubjectUserId, action.Reason));
        var own = Assert.Single((await Rooms.RoomAsync(anna, id)).Value!.Questions);
        Assert.True(own.IsHidden);
        Assert.Empty((await Rooms.RoomAsync(joost, id)).Value!.Questions);
        var statement = await database.Get<AppealService>().StatementAsync(anna, new TargetRef(ReportTarget.Question, question.Id));
        Assert.NotNull(statement);
        Assert.True(statement.ByHost && statement.CanAppeal && !statement.Automatic);
        Assert.Equal(ReportReason.Spam, statement.Reason);
        Assert.Null(await database.Get<AppealService>().StatementAsync(joost, new TargetRef(ReportTarget.Question, question.Id)));
    }

    [Fact]
    public async Task Questions_and_chat_lines_reach_the_moderators_activity_feed()
    {
        var id = await RoomAsync();
        await AskAsync(anna, id, "Will the slides be shared?");
        Assert.True((await Rooms.ChatAsync(joost, id, Guid.NewGuid(), "Hallo allemaal")).Result.Succeeded);

        var kinds = await database.QueryAsync(db => db.ActivityEntries.Select(e => e.Kind).ToListAsync());
        Assert.Contains(ActivityKind.QuestionAsked, kinds);
        Assert.Contains(ActivityKind.ChatMessagePosted, kinds);
    }

    [Fact]
    public async Task The_summary_counts_people_lists_the_top_five_questions_and_poll_results_and_prefills_a_proposal()
    {
        var id = await RoomAsync();
        await Rooms.EnterAsync(anna, id);
        await Rooms.EnterAsync(joost, id);
        var questions = new List<QuestionView>();
        for (var i = 1; i <= 6; i++)
        {
            questions.Add(await AskAsync(i % 2 == 0 ? anna : joost, id, $"Question {i} about the North Sea grid"));
        }

        await Rooms.UpvoteAsync(anna, questions[5].Id);
        var poll = await OpenPollAsync(id);
        await Rooms.VoteAsync(joost, poll.Id, [poll.Options[1].Id]);
        Assert.True((await Rooms.CloseAsync(host, id)).Succeeded);

        var summary = (await Rooms.SummaryAsync(Actor.Anonymous, id)).Value!;
        Assert.Equal(2, summary.Attendance);
        Assert.Equal(5, summary.TopQuestions.Count);
        Assert.Equal(questions[5].Id, summary.TopQuestions[0].Id);
        Assert.Equal(PollState.Closed, Assert.Single(summary.Polls).State);

        var draft = summary.ToProposalDraft(new SessionDraftPhrases("Follow-up: {0}", "After {0} with {1} participants", "Intro {0} {1}", "Questions", "Polls", "{0} upvotes", "{0} votes"));
        Assert.Equal($"Follow-up: {summary.Title}", draft.Title);
        Assert.Contains("## Questions", draft.Body);
        Assert.Contains("- Meuse-Rhine: 1 votes", draft.Body);
        Assert.Contains("Question 6 about the North Sea grid (1 upvotes)", draft.Body);
    }

    [Fact]
    public async Task The_writing_rate_limit_holds_per_member()
    {
        await using var limited = await TestDatabase.CreateAsync(new() { ["RateLimits:WritesPerMemberPerMinute"] = "2" });
        var hostId = await limited.AddMemberAsync("Host", "h@example.test", Roles.EventHost);
        var member = Actor.Member(await limited.AddMemberAsync("Member", "m@example.test"), Roles.Member);
        var id = await limited.AddGatheringAsync(hostId, RoomState.Open, requiresRegistration: false);
        var rooms = limited.Get<SessionRoomService>();

        Assert.True((await rooms.AskAsync(member, id, Guid.NewGuid(), "one")).Result.Succeeded);
        Assert.True((await rooms.AskAsync(member, id, Guid.NewGuid(), "two")).Result.Succeeded);
        Assert.Equal(Refusal.RateLimited, (await rooms.AskAsync(member, id, Guid.NewGuid(), "three")).Result.Refusal);
    }

    [Fact]
    public async Task Hidden_events_have_no_room_for_members()
    {
        var id = await RoomAsync();
        await using (var db = await database.Contexts.CreateDbContextAsync())
        {
            (await db.Gatherings.SingleAsync(g => g.Id == id)).IsHidden = true;
            await db.SaveChangesAsync();
        }

        Assert.Equal(Refusal.NotFound, (await Rooms.RoomAsync(anna, id)).Refusal);
        Assert.Equal(Refusal.NotFound, (await Rooms.AskAsync(anna, id, Guid.NewGuid(), "Hello?")).Result.Refusal);
        Assert.True((await Rooms.RoomAsync(moderator, id)).Succeeded);
        Assert.Equal(Refusal.NotFound, (await Rooms.RoomAsync(anna, 424242)).Refusal);
    }
}
