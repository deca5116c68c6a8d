using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Moderation;
using BeneluxClimate.Domain.Partnerships;
using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Domain.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;


namespace BeneluxClimate.Domain.Gatherings.Sessions;

/// <summary>Who may do what in a room, and the helpers every part shares.</summary>
public sealed partial class SessionRoomService
{
    /// <summary>What this viewer may do in this event's room (hidden events are the callers' concern).</summary>
    private static async Task<SessionAccess> AccessAsync(ClimateDbContext db, Actor actor, Gathering gathering, CancellationToken ct)
    {
        if (actor.UserId is not { } userId)
        {
            return SessionAccess.NotSignedIn;
        }

        if (gathering.IsHostedBy(userId) || actor.IsAdmin)
        {
            return SessionAccess.Host;
        }

        if (actor.IsModerator)
        {
            return SessionAccess.Moderator;
        }

        if (!gathering.RequiresRegistration)
        {
            return SessionAccess.Attendee;
        }

        return await db.Registrations.AnyAsync(r => r.GatheringId == gathering.Id && r.MemberId == userId && r.Status == RegistrationStatus.Registered, ct)
            ? SessionAccess.Attendee
            : SessionAccess.NotRegistered;
    }

    /// <summary>
    /// What every write in the room checks last, before its transaction: the member's rate limit for
    /// <paramref name="action"/> takes a token (their standing was read when the command began). Null when the write may go ahead.
    /// </summary>
    private Refusal? WriterRefusal(Actor actor, string action) => limiter.TryAcquire(action, actor.UserId!) ? null : Refusal.RateLimited;

    /// <summary>Loads the event and checks that the actor may take part in its room (the room's state is checked by the caller).</summary>
    private static async Task<(Gathering? Gathering, SessionAccess Access, Refusal? Refusal)> ParticipationAsync(
        ClimateDbContext db, Actor actor, int gatheringId, CancellationToken ct, bool allowStored = false)
    {
        if (!actor.IsSignedIn)
        {
            return (null, SessionAccess.NotSignedIn, Refusal.NotSignedIn);
        }

        var gathering = await db.Gatherings.AsNoTracking().SingleOrDefaultAsync(g => g.Id == gatheringId, ct);
        if (gathering is null)
        {
            return (null, SessionAccess.NotSignedIn, Refusal.NotFound);
        }

        var access = await AccessAsync(db, actor, gathering, ct);
        if (gathering.IsHidden && access < SessionAccess.Moderator)
        {
            return (null, access, Refusal.NotFound);
        }

        if (access < SessionAccess.Attendee)
        {
            return (null, access, Refusal.Forbidden); // not registered for an event that requires it
        }

        if (!allowStored && gathering.RoomState != RoomState.Open)
        {
            return (gathering, access, Refusal.Locked);
        }

        return (gathering, access, null);
    }

    private static Refusal? RoomNotOpen(Gathering gathering) => gathering.RoomState == RoomState.Open ? null : Refusal.Locked;

    private static FieldProblem? Validate(string text, string field, int max) =>
        text.Length == 0 ? new(field, "Required") : text.Length > max ? new(field, "TooLong", max) : null;

    private static Audience HostsOf(Gathering gathering, Actor actor) => Audience.Named([gathering.HostId, .. gathering.CoHostIds, actor.UserId!]);

    private static string[] Countries(Gathering gathering) => gathering.VenueCountryCode is { } country ? [country] : [];

    private static async Task<PollCreation?> StoredPollAsync(ClimateDbContext db, Actor actor, Guid clientId, CancellationToken ct)
    {
        var stored = await db.SessionPolls.AsNoTracking().Include(p => p.Options).SingleOrDefaultAsync(p => p.CreatedById == actor.UserId && p.ClientId == clientId, ct);
        return stored is null ? null : new(CommandResult.Ok, PollViewOf(stored));
    }

    internal static async Task<List<QuestionView>> QuestionViewsAsync(ClimateDbContext db, List<Question> questions, CancellationToken ct)
    {
        var people = await MemberRefs.LoadAsync(db, questions.Select(q => q.AuthorId), ct);
        return questions.Select(q => QuestionViewOf(q, people)).ToList();
    }

    internal static async Task<List<ChatMessageView>> ChatViewsAsync(ClimateDbContext db, List<ChatMessage> messages, CancellationToken ct)
    {
        var people = await MemberRefs.LoadAsync(db, messages.Select(m => m.AuthorId), ct);
        return messages.Select(m => ChatViewOf(m, people)).ToList();
    }

    private static QuestionView QuestionViewOf(Question q, Dictionary<string, MemberRef> people) =>
        new(q.Id, q.GatheringId, MemberRefs.Of(people, q.AuthorId), q.Text, q.CreatedAtUtc, q.UpvoteCount, q.IsAnswered, q.IsHidden);

    private static ChatMessageView ChatViewOf(ChatMessage m, Dictionary<string, MemberRef> people) =>
        new(m.Id, m.GatheringId, m.ClientId, MemberRefs.Of(people, m.AuthorId), m.IsHidden ? "" : m.Text, m.CreatedAtUtc, m.IsHidden);

    private static PollView PollViewOf(Poll p) =>
        new(p.Id, p.GatheringId, p.Question, p.Kind, p.State, p.VoterCount,
            p.Options.OrderBy(o => o.Position).Select(o => new PollOptionView(o.Id, o.Text, o.VoteCount)).ToList());
}
