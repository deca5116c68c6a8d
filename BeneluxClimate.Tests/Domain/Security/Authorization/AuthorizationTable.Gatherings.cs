using BeneluxClimate.Domain.Gatherings;
using BeneluxClimate.Tests.Builders;
using static BeneluxClimate.Tests.Domain.Security.Authorization.AuthorizationRole;

namespace BeneluxClimate.Tests.Domain.Security.Authorization;

public static partial class AuthorizationTable
{
    private static Uri Site => new("https://climate.example.org/");

    /// <summary>Who may see a hidden event: its host, moderators and admins.</summary>
    private static AuthorizationRole[] SeeHiddenEvents => [EventHost, Moderator, Admin];

    private static IEnumerable<AuthorizationRow> Gatherings =>
    [
        .. new AuthorizationRows<GatheringService>()
            .Row(nameof(GatheringService.CreateAsync), async (s, x, a) => (await s.CreateAsync(a, GatheringInputs.Virtual())).Result.Refusal, Allow.Hosts)
            .Row(nameof(GatheringService.UpdateAsync),
                async (s, x, a) => (await s.UpdateAsync(a, x.Ids.UnopenedGathering, GatheringInputs.Virtual("Heat networks: the second webinar"))).Refusal, Allow.Hosts)
            .Row(nameof(GatheringService.SetWithdrawnAsync),
                async (s, x, a) => (await s.SetWithdrawnAsync(a, x.Ids.UnopenedGathering, withdrawn: true)).Refusal, [.. Allow.Hosts, Moderator])
            .All,
        .. new AuthorizationRows<GatheringDirectory>()
            .Row(nameof(GatheringDirectory.GetAsync), async (s, x, a) => (await s.GetAsync(a, x.Ids.Gathering)).Refusal, Allow.Everyone)
            .Hidden(nameof(GatheringDirectory.GetAsync), "meeting link",
                async (s, x, a) => Shown.If((await s.GetAsync(a, x.Ids.Gathering)).Value!.MeetingUrl == ScenarioSeed.MeetingUrl), [Member, .. Allow.Hosts])
            .Hidden(nameof(GatheringDirectory.GetAsync), "hidden event", async (s, x, a) => (await s.GetAsync(a, x.Ids.HiddenGathering)).Refusal, SeeHiddenEvents)
            .Row(nameof(GatheringDirectory.FindMembersAsync), "co-host picker", async (s, x, a) => (await s.FindMembersAsync(a, "Mia")).Refusal, Allow.Hosts)
            .Row(nameof(GatheringDirectory.NamesAsync), "co-host names", async (s, x, a) => (await s.NamesAsync(a, [x.UserId(Member)])).Refusal, Allow.Hosts)
            .Row(nameof(GatheringDirectory.InputForEditAsync), async (s, x, a) => (await s.InputForEditAsync(a, x.Ids.Gathering)).Refusal, Allow.Hosts)
            .All,
        .. new AuthorizationRows<RegistrationService>()
            .Row(nameof(RegistrationService.RegisterAsync), async (s, x, a) => (await s.RegisterAsync(a, x.Ids.UnopenedGathering)).Result.Refusal, Allow.SignedIn)
            .Row(nameof(RegistrationService.CancelAsync), "own registration; a no-op without one",
                async (s, x, a) => (await s.CancelAsync(a, x.Ids.Gathering)).Result.Refusal, Allow.SignedIn)
            .Hidden(nameof(RegistrationService.MineAsync), "own registration",
                async (s, x, a) => Shown.If(await s.MineAsync(a, x.Ids.Gathering) is not null), Allow.Only(Member))
            .Row(nameof(RegistrationService.AttendeesAsync), async (s, x, a) => (await s.AttendeesAsync(a, x.Ids.Gathering)).Refusal, Allow.Hosts)
            .Row(nameof(RegistrationService.AttendeesCsvAsync), async (s, x, a) => (await s.AttendeesCsvAsync(a, x.Ids.Gathering)).Refusal, Allow.Hosts)
            .All,
        .. new AuthorizationRows<CalendarFeeds>()
            .Row(nameof(CalendarFeeds.EventAsync), async (s, x, a) => (await s.EventAsync(a, x.Ids.Gathering, Site)).Refusal, Allow.Everyone)
            .Hidden(nameof(CalendarFeeds.EventAsync), "meeting link",
                async (s, x, a) => Shown.If((await s.EventAsync(a, x.Ids.Gathering, Site)).Value!.Contains(ScenarioSeed.MeetingUrl)), [Member, .. Allow.Hosts])
            .Hidden(nameof(CalendarFeeds.EventAsync), "hidden event", async (s, x, a) => (await s.EventAsync(a, x.Ids.HiddenGathering, Site)).Refusal, SeeHiddenEvents)
            .Hidden(nameof(CalendarFeeds.HasTokenAsync), "own feed", async (s, x, a) => Shown.If(await s.HasTokenAsync(a)), Allow.Only(Member))
            .Row(nameof(CalendarFeeds.ResetTokenAsync), async (s, x, a) => (await s.ResetTokenAsync(a)).Refusal, Allow.SignedIn)
            .All,
    ];
}
