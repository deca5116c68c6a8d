using BeneluxClimate.Domain.Gatherings.Sessions;
using BeneluxClimate.Domain.Moderation;

namespace BeneluxClimate.Tests.Domain.Security.Authorization;

public static partial class AuthorizationTable
{
    /// <summary>Who may moderate the room: its host, moderators and admins.</summary>
    private static AuthorizationRole[] RoomModerators => [AuthorizationRole.EventHost, AuthorizationRole.Moderator, AuthorizationRole.Admin];

    private static IEnumerable<AuthorizationRow> Sessions =>
        new AuthorizationRows<SessionRoomService>()
            .Row(nameof(SessionRoomService.OpenAsync), async (s, x, a) => (await s.OpenAsync(a, x.Ids.UnopenedGathering)).Refusal, Allow.Hosts)
            .Row(nameof(SessionRoomService.CloseAsync), async (s, x, a) => (await s.CloseAsync(a, x.Ids.Gathering)).Refusal, Allow.Hosts)
            .Row(nameof(SessionRoomService.EnterAsync), "registration required", async (s, x, a) => (await s.EnterAsync(a, x.Ids.Gathering)).Refusal, Allow.Participants)
            .Row(nameof(SessionRoomService.AskAsync), "registration required",
                async (s, x, a) => (await s.AskAsync(a, x.Ids.Gathering, Guid.NewGuid(), "Is the pilot open to Luxembourg?")).Result.Refusal, Allow.Participants)
            .Row(nameof(SessionRoomService.UpvoteAsync), "registration required",
                async (s, x, a) => (await s.UpvoteAsync(a, x.Ids.Question)).Refusal, Allow.Participants)
            .Row(nameof(SessionRoomService.MarkAnsweredAsync), async (s, x, a) => (await s.MarkAnsweredAsync(a, x.Ids.Question)).Refusal, RoomModerators)
            .Row(nameof(SessionRoomService.HideQuestionAsync),
                async (s, x, a) => (await s.HideQuestionAsync(a, x.Ids.Question, ReportReason.OffTopic)).Refusal, RoomModerators)
            .Row(nameof(SessionRoomService.ChatAsync), "registration required",
                async (s, x, a) => (await s.ChatAsync(a, x.Ids.Gathering, Guid.NewGuid(), "Greetings from Esch-sur-Alzette")).Result.Refusal, Allow.Participants)
            .Row(nameof(SessionRoomService.HideChatAsync), async (s, x, a) => (await s.HideChatAsync(a, x.Ids.ChatMessage, ReportReason.Spam)).Refusal, RoomModerators)
            .Row(nameof(SessionRoomService.CreatePollAsync),
                async (s, x, a) => (await s.CreatePollAsync(a, x.Ids.Gathering, new PollInput(Guid.NewGuid(), "Next session in?", PollKind.SingleChoice, ["May", "June"]))).Result.Refusal,
                Allow.Hosts)
            .Row(nameof(SessionRoomService.OpenPollAsync), async (s, x, a) => (await s.OpenPollAsync(a, x.Ids.DraftPoll)).Refusal, Allow.Hosts)
            .Row(nameof(SessionRoomService.ClosePollAsync), async (s, x, a) => (await s.ClosePollAsync(a, x.Ids.OpenPoll)).Refusal, Allow.Hosts)
            .Row(nameof(SessionRoomService.VoteAsync), "registration required",
                async (s, x, a) => (await s.VoteAsync(a, x.Ids.OpenPoll, [x.Ids.OpenPollOption])).Refusal, Allow.Participants)
            .Row(nameof(SessionRoomService.RoomAsync), async (s, x, a) => (await s.RoomAsync(a, x.Ids.Gathering)).Refusal, Allow.Everyone)
            .Hidden(nameof(SessionRoomService.RoomAsync), "draft poll",
                async (s, x, a) => Shown.If((await s.RoomAsync(a, x.Ids.Gathering)).Value!.Polls.Any(p => p.Id == x.Ids.DraftPoll)), Allow.Hosts)
            .Hidden(nameof(SessionRoomService.RoomAsync), "hidden event", async (s, x, a) => (await s.RoomAsync(a, x.Ids.HiddenGathering)).Refusal, SeeHiddenEvents)
            .Row(nameof(SessionRoomService.SummaryAsync), async (s, x, a) => (await s.SummaryAsync(a, x.Ids.Gathering)).Refusal, Allow.Everyone)
            .Hidden(nameof(SessionRoomService.SummaryAsync), "hidden event", async (s, x, a) => (await s.SummaryAsync(a, x.Ids.HiddenGathering)).Refusal, SeeHiddenEvents)
            .All;
}
