using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Gatherings;
using BeneluxClimate.Domain.Gatherings.Sessions;
using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Moderation;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Tests.Builders;

namespace BeneluxClimate.Tests.Domain.Gatherings;

/// <summary>Questions and chat lines in a session room are reported, hidden and restored like comments.</summary>
public sealed class SessionReportTests : IAsyncLifetime
{
    private TestDatabase database = null!;
    private Actor host = null!;
    private Actor anna = null!;
    private Actor joost = null!;
    private Actor claire = null!;
    private Actor moderator = null!;

    private SessionRoomService Rooms => database.Get<SessionRoomService>();

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        host = Actor.Member(await database.AddMemberAsync("Hélène Schmit", "host@example.test", Roles.EventHost), Roles.Member, Roles.EventHost);
        anna = Actor.Member(await database.AddMemberAsync("Anna Peeters", "anna@example.test"), Roles.Member);
        joost = Actor.Member(await database.AddMemberAsync("Joost de Vries", "joost@example.test"), Roles.Member);
        claire = Actor.Member(await database.AddMemberAsync("Claire Muller", "claire@example.test"), Roles.Member);
        moderator = Actor.Member(await database.AddMemberAsync("Mona", "mona@example.test", Roles.Moderator), Roles.Member, Roles.Moderator);
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task Three_reports_take_a_question_and_a_chat_line_out_of_the_room_live_and_a_moderator_brings_them_back()
    {
        var id = await database.AddGatheringAsync(host.UserId!, RoomState.Open, true, [anna.UserId!, joost.UserId!, claire.UserId!]);
        var question = (await Rooms.AskAsync(anna, id, Guid.NewGuid(), "Buy cheap certificates at example.test")).Question!;
        var line = (await Rooms.ChatAsync(anna, id, Guid.NewGuid(), "Cheap certificates here")).Message!;
        var published = new List<LiveEvent>();
        var fourEvents = new TaskCompletionSource();
        var before = await database.QueryAsync(db => db.CurrentSequenceAsync(LiveTopics.Session(id)));
        using var _ = database.Get<ILiveBus>().Subscribe(LiveTopics.Session(id), e =>
        {
            if (e.Sequence <= before)
            {
                return Task.CompletedTask; // the question and the line themselves, delivered after subscribing
            }

            lock (published)
            {
                published.Add(e);
                if (published.Count == 4)
                {
                    fourEvents.TrySetResult();
                }
            }

            return Task.CompletedTask;
        }, () => Task.CompletedTask);
        var questionRef = new TargetRef(ReportTarget.Question, question.Id);
        var lineRef = new TargetRef(ReportTarget.ChatMessage, line.Id);

        Assert.Equal(Refusal.Forbidden, (await database.Get<ReportService>().FileAsync(anna, questionRef, ReportReason.Spam, null)).Refusal);
        foreach (var reporter in new[] { joost, claire, host })
        {
            Assert.True((await database.Get<ReportService>().FileAsync(reporter, questionRef, ReportReason.Spam, null)).Succeeded);
            Assert.True((await database.Get<ReportService>().FileAsync(reporter, lineRef, ReportReason.Spam, null)).Succeeded);
        }

        var room = (await Rooms.RoomAsync(joost, id)).Value!;
        Assert.DoesNotContain(room.Questions, q => q.Id == question.Id);
        Assert.DoesNotContain(room.Chat, m => m.Id == line.Id && !m.IsHidden);
        Assert.True((await database.Get<AppealService>().StatementAsync(anna, questionRef)) is { Automatic: true });

        Assert.True((await database.Get<ModerationService>().RestoreAsync(moderator, questionRef, "Reviewed: a real question")).Succeeded);
        Assert.True((await database.Get<ModerationService>().RestoreAsync(moderator, lineRef, "Reviewed: allowed")).Succeeded);
        await fourEvents.Task.Within();

        Assert.Equal([SessionEvents.QuestionHidden, SessionEvents.ChatHidden, SessionEvents.QuestionAsked, SessionEvents.ChatPosted], published.Select(e => e.Kind));
        Assert.Equal(published.Select(e => e.Sequence), published.Select(e => e.Sequence).Order());
        Assert.False(Assert.IsType<QuestionView>(published[2].Payload).IsHidden);
        Assert.Equal("Cheap certificates here", Assert.IsType<ChatMessageView>(published[3].Payload).Text);
        room = (await Rooms.RoomAsync(joost, id)).Value!;
        Assert.Contains(room.Questions, q => q.Id == question.Id);
        Assert.Contains(room.Chat, m => m.Id == line.Id && m.Text == "Cheap certificates here");
    }
}
