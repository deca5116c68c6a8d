using BeneluxClimate.Domain.Gatherings;
using BeneluxClimate.Domain.Gatherings.Sessions;
using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Tests.Builders;

namespace BeneluxClimate.Tests.Domain.Gatherings;

public sealed class DemoSessionsTests
{
    [Fact]
    public async Task The_open_demo_room_gets_questions_upvotes_an_open_poll_and_chat_and_no_room_means_nothing_is_seeded()
    {
        await using var database = await TestDatabase.CreateAsync();
        var ids = new Dictionary<string, string>();
        foreach (var email in new[] { "host@demo.test", "anna@demo.test", "joost@demo.test", "claire@demo.test" })
        {
            ids[email] = await database.AddMemberAsync(email.Split('@')[0], email, email.StartsWith("host", StringComparison.Ordinal) ? [Roles.EventHost] : []);
        }

        await using (var db = await database.Contexts.CreateDbContextAsync())
        {
            await DemoSessions.SeedAsync(db, ids, DateTimeOffset.UtcNow, CancellationToken.None); // no open room yet: nothing
        }

        var closed = await database.AddGatheringAsync(ids["host@demo.test"], RoomState.Closed);
        var open = await database.AddGatheringAsync(ids["host@demo.test"], RoomState.Open, registered: [ids["anna@demo.test"], ids["joost@demo.test"], ids["claire@demo.test"]]);
        await using (var db = await database.Contexts.CreateDbContextAsync())
        {
            await DemoSessions.SeedAsync(db, ids, DateTimeOffset.UtcNow, CancellationToken.None);
        }

        var rooms = database.Get<SessionRoomService>();
        var anna = Actor.Member(ids["anna@demo.test"], Roles.Member);
        var room = (await rooms.RoomAsync(anna, open)).Value!;
        Assert.True(room.Questions.Count >= 3);
        Assert.True(room.Questions[0].Upvotes >= room.Questions[^1].Upvotes);
        Assert.NotEmpty(room.OwnUpvotes);
        var poll = Assert.Single(room.Polls);
        Assert.Equal(PollState.Open, poll.State);
        Assert.Equal(poll.VoterCount, poll.Options.Sum(o => o.Votes));
        Assert.True(room.OwnVotes.ContainsKey(poll.Id));
        Assert.True(room.Chat.Count >= 3);
        Assert.Empty((await rooms.RoomAsync(anna, closed)).Value!.Questions);

        // The seeded counters agree with the rows: the next upvote counts on top of them.
        var claire = Actor.Member(ids["claire@demo.test"], Roles.Member);
        var target = room.Questions.First(q => q.Upvotes == 1);
        Assert.True((await rooms.UpvoteAsync(claire, target.Id)).Succeeded);
        Assert.Equal(2, (await rooms.RoomAsync(anna, open)).Value!.Questions.Single(q => q.Id == target.Id).Upvotes);
    }
}
