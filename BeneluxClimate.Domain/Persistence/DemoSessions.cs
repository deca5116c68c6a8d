using BeneluxClimate.Domain.Gatherings;
using BeneluxClimate.Domain.Gatherings.Sessions;
using Microsoft.EntityFrameworkCore;

namespace BeneluxClimate.Domain.Persistence;

/// <summary>
/// Demo content for the open session room (Development only): the event whose room is open and that host@demo.test
/// hosts gets questions with upvotes, one open poll with votes and some chat from anna, joost and claire, placed just
/// before the seeding time. Without such an event it does nothing. Call after the demo events are seeded.
/// </summary>
internal static class DemoSessions
{
    private static readonly (string Author, string Text, int MinutesAgo, string[] Upvoters, bool Answered)[] Questions =
    [
        ("anna@demo.test", "Could the Scheldt heat network share its load data with Leuven's models, or is that commercially sensitive?", 18,
            ["joost@demo.test", "claire@demo.test"], false),
        ("joost@demo.test", "Welke subsidies zijn er voor bedrijven die restwarmte over de grens willen leveren?", 14, ["anna@demo.test"], false),
        ("claire@demo.test", "Est-ce que les jeunes du Luxembourg peuvent participer au projet pilote ?", 11, ["anna@demo.test", "joost@demo.test"], true),
        ("anna@demo.test", "Gibt es schon Erfahrungen mit gemeinsamen Genehmigungsverfahren an der deutsch-luxemburgischen Grenze?", 6, [], false),
    ];

    private static readonly (string Author, string Text, int MinutesAgo)[] Chat =
    [
        ("host@demo.test", "Welcome everyone! Ask your questions on the left and upvote the ones you want answered first.", 20),
        ("joost@demo.test", "Goedemiddag vanuit Rotterdam!", 19),
        ("claire@demo.test", "Bonjour depuis Esch-sur-Alzette 👋", 19),
        ("anna@demo.test", "Hallo uit Leuven. The slides from last month are on the event page, for those who missed them.", 17),
        ("joost@demo.test", "Interesting point about the permits — we ran into the same issue in Terneuzen.", 8),
    ];

    public static async Task SeedAsync(ClimateDbContext db, Dictionary<string, string> userIds, DateTimeOffset now, CancellationToken ct)
    {
        if (!userIds.TryGetValue("host@demo.test", out var hostId))
        {
            return;
        }

        await db.SaveChangesAsync(ct); // the events seeded just before, with their keys
        var room = await db.Gatherings.Where(g => g.HostId == hostId && g.RoomState == RoomState.Open).OrderBy(g => g.Id).FirstOrDefaultAsync(ct);
        if (room is null || await db.SessionQuestions.AnyAsync(q => q.GatheringId == room.Id, ct))
        {
            return;
        }

        foreach (var email in new[] { "host@demo.test", "anna@demo.test", "joost@demo.test", "claire@demo.test" }.Where(userIds.ContainsKey))
        {
            db.SessionRoomEntries.Add(new RoomEntry { GatheringId = room.Id, MemberId = userIds[email], FirstEnteredAtUtc = now.AddMinutes(-21) });
        }

        foreach (var (author, text, minutesAgo, upvoters, answered) in Questions.Where(q => userIds.ContainsKey(q.Author)))
        {
            var voters = upvoters.Where(userIds.ContainsKey).ToList();
            var question = new Question
            {
                GatheringId = room.Id,
                AuthorId = userIds[author],
                ClientId = Guid.NewGuid(),
                Text = text,
                CreatedAtUtc = now.AddMinutes(-minutesAgo),
                UpvoteCount = voters.Count,
                IsAnswered = answered,
            };
            db.SessionQuestions.Add(question);
            await db.SaveChangesAsync(ct);
            db.SessionQuestionUpvotes.AddRange(voters.Select(v => new QuestionUpvote { QuestionId = question.Id, MemberId = userIds[v], UpvotedAtUtc = now.AddMinutes(-minutesAgo + 2) }));
        }

        var poll = new Poll
        {
            GatheringId = room.Id,
            CreatedById = hostId,
            ClientId = Guid.NewGuid(),
            Question = "Which cross-border region should host the first joint heat pilot?",
            Kind = PollKind.SingleChoice,
            State = PollState.Open,
            CreatedAtUtc = now.AddMinutes(-25),
            OpenedAtUtc = now.AddMinutes(-9),
            Options =
            [
                new PollOption { Position = 0, Text = "Scheldt estuary (Antwerp – Terneuzen)" },
                new PollOption { Position = 1, Text = "Meuse-Rhine (Liège – Maastricht – Aachen)" },
                new PollOption { Position = 2, Text = "Greater Region (Esch – Arlon – Longwy)" },
            ],
        };
        db.SessionPolls.Add(poll);
        await db.SaveChangesAsync(ct);
        foreach (var (email, option) in new[] { ("anna@demo.test", 1), ("joost@demo.test", 0) }.Where(v => userIds.ContainsKey(v.Item1)))
        {
            db.SessionPollBallots.Add(new PollBallot { PollId = poll.Id, MemberId = userIds[email], VotedAtUtc = now.AddMinutes(-7) });
            db.SessionPollVotes.Add(new PollVote { PollId = poll.Id, OptionId = poll.Options[option].Id, MemberId = userIds[email], VotedAtUtc = now.AddMinutes(-7) });
            poll.Options[option].VoteCount++;
            poll.VoterCount++;
        }

        foreach (var (author, text, minutesAgo) in Chat.Where(c => userIds.ContainsKey(c.Author)))
        {
            db.SessionChatMessages.Add(new ChatMessage { GatheringId = room.Id, AuthorId = userIds[author], ClientId = Guid.NewGuid(), Text = text, CreatedAtUtc = now.AddMinutes(-minutesAgo) });
        }

        await db.SaveChangesAsync(ct);
    }
}
