using BeneluxClimate.Domain.Members;
using BeneluxClimate.Domain.Organisations;
using BeneluxClimate.Tests.Builders;
using static BeneluxClimate.Tests.Domain.Security.Authorization.AuthorizationRole;

namespace BeneluxClimate.Tests.Domain.Security.Authorization;

public static partial class AuthorizationTable
{
    private static IEnumerable<AuthorizationRow> Members =>
    [
        .. new AuthorizationRows<MemberProfiles>()
            .Row(nameof(MemberProfiles.GetOwnAsync), async (s, x, a) => (await s.GetOwnAsync(a)).Refusal, Allow.SignedIn)
            .Hidden(nameof(MemberProfiles.IsOnboardedAsync), "own profile", async (s, x, a) => Shown.If(await s.IsOnboardedAsync(a)), Allow.SignedIn)
            .Row(nameof(MemberProfiles.SaveAsync), async (s, x, a) => (await s.SaveAsync(a, ProfileInputs.Valid("Renamed"))).Refusal, Allow.SignedIn)
            .Hidden(nameof(MemberProfiles.GetMemberAsync), "members-only profile",
                async (s, x, a) => (await s.GetMemberAsync(a, x.UserId(Member))).Refusal, Allow.SignedIn)
            .All,
        .. new AuthorizationRows<MemberDirectory>()
            .Row(nameof(MemberDirectory.SearchAsync), async (s, x, a) => (await s.SearchAsync(a, new DirectoryQuery())).Refusal, Allow.Everyone)
            .Hidden(nameof(MemberDirectory.SearchAsync), "members-only profile",
                async (s, x, a) => Shown.If((await s.SearchAsync(a, new DirectoryQuery())).Value!.Cards.Items.Any(c => c.UserId == x.UserId(Member))), Allow.SignedIn)
            .All,
    ];

    private static IEnumerable<AuthorizationRow> Organisations =>
        new AuthorizationRows<OrganisationService>()
            .Situational(nameof(OrganisationService.CreateAsync), "not yet in one",
                async (s, x, a) => (await s.CreateAsync(a, ScenarioSeed.OrganisationInput("Maas Climate Lab"))).Result.Refusal,
                Allow.SignedInExcept(Member, OrganisationAdmin))
            .Row(nameof(OrganisationService.UpdateAsync),
                async (s, x, a) => (await s.UpdateAsync(a, x.Ids.Organisation, ScenarioSeed.OrganisationInput("Scheldt Heat Cooperative (renamed)"))).Refusal,
                Allow.Only(OrganisationAdmin))
            .Row(nameof(OrganisationService.RequestToJoinAsync), "a no-op for its members",
                async (s, x, a) => (await s.RequestToJoinAsync(a, x.Ids.Organisation)).Refusal, Allow.SignedIn)
            .Row(nameof(OrganisationService.DecideAsync), "a join request",
                async (s, x, a) => (await s.DecideAsync(a, x.Ids.PendingMembership, accept: true)).Refusal, Allow.Only(OrganisationAdmin))
            .Row(nameof(OrganisationService.LeaveAsync), "own membership; the last admin stays",
                async (s, x, a) => (await s.LeaveAsync(a)).Refusal, Allow.SignedInExcept(OrganisationAdmin))
            .Row(nameof(OrganisationService.SetAdminAsync),
                async (s, x, a) => (await s.SetAdminAsync(a, x.Ids.Organisation, x.UserId(Member), admin: true)).Refusal, Allow.Only(OrganisationAdmin))
            .Row(nameof(OrganisationService.GetAsync), async (s, x, a) => (await s.GetAsync(a, x.Ids.Organisation)).Refusal, Allow.Everyone)
            .Hidden(nameof(OrganisationService.GetAsync), "join requests",
                async (s, x, a) => Shown.If((await s.GetAsync(a, x.Ids.Organisation)).Value!.PendingRequests.Count > 0), Allow.Only(OrganisationAdmin))
            .Row(nameof(OrganisationService.SearchAsync), async (s, x, a) => (await s.SearchAsync(a, "Scheldt")).Refusal, Allow.Everyone)
            .Hidden(nameof(OrganisationService.MembershipOfAsync), "own membership",
                async (s, x, a) => Shown.If(await s.MembershipOfAsync(a) is not null), Allow.Only(Member, OrganisationAdmin))
            .All;
}
