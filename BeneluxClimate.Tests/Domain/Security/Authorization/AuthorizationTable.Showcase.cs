using BeneluxClimate.Domain.Showcase;
using BeneluxClimate.Tests.Builders;
using static BeneluxClimate.Tests.Domain.Security.Authorization.AuthorizationRole;

namespace BeneluxClimate.Tests.Domain.Security.Authorization;

public static partial class AuthorizationTable
{
    /// <summary>Member and OrganisationAdmin belong to the lead organisation of the scenario's projects.</summary>
    private static AuthorizationRole[] ProjectEditors => [Member, OrganisationAdmin];

    private static IEnumerable<AuthorizationRow> Showcase =>
    [
        .. new AuthorizationRows<ProjectService>()
            .Row(nameof(ProjectService.CreateAsync), "led by the author's organisation",
                async (s, x, a) => (await s.CreateAsync(a, ProjectInputs.Valid("Wadden salt marsh monitoring"))).Result.Refusal, ProjectEditors)
            .Row(nameof(ProjectService.UpdateAsync),
                async (s, x, a) => (await s.UpdateAsync(a, x.Ids.DraftProject, ProjectInputs.Valid("A draft project, renamed"))).Refusal, ProjectEditors)
            .Row(nameof(ProjectService.MoveAsync), async (s, x, a) => (await s.MoveAsync(a, x.Ids.PublishedProject, ProjectStage.Running)).Refusal, ProjectEditors)
            .Row(nameof(ProjectService.PublishAsync), async (s, x, a) => (await s.PublishAsync(a, x.Ids.DraftProject)).Refusal, ProjectEditors)
            .Row(nameof(ProjectService.ArchiveAsync), async (s, x, a) => (await s.ArchiveAsync(a, x.Ids.PublishedProject)).Refusal, ProjectEditors)
            .Row(nameof(ProjectService.SetHiddenAsync), async (s, x, a) => (await s.SetHiddenAsync(a, x.Ids.PublishedProject, hidden: true)).Refusal, Allow.Moderators)
            .All,
        .. new AuthorizationRows<ProjectPages>()
            .Row(nameof(ProjectPages.GetAsync), async (s, x, a) => (await s.GetAsync(a, x.Ids.PublishedProject)).Refusal, Allow.Everyone)
            .Hidden(nameof(ProjectPages.GetAsync), "draft", async (s, x, a) => (await s.GetAsync(a, x.Ids.DraftProject)).Refusal, [.. ProjectEditors, .. Allow.Moderators])
            .Row(nameof(ProjectPages.InputForEditAsync), async (s, x, a) => (await s.InputForEditAsync(a, x.Ids.PublishedProject)).Refusal, ProjectEditors)
            .Row(nameof(ProjectPages.FollowAsync), async (s, x, a) => (await s.FollowAsync(a, x.Ids.PublishedProject, follow: true)).Refusal, Allow.SignedIn)
            .Hidden(nameof(ProjectPages.FollowAsync), "draft",
                async (s, x, a) => (await s.FollowAsync(a, x.Ids.DraftProject, follow: true)).Refusal, [.. ProjectEditors, .. Allow.Moderators])
            .All,
        .. new AuthorizationRows<ProjectBoard>()
            .Row(nameof(ProjectBoard.LoadAsync), async (s, x, a) => (await s.LoadAsync(a, new BoardQuery())).Refusal, Allow.Everyone)
            .Hidden(nameof(ProjectBoard.LoadAsync), "draft",
                async (s, x, a) => Shown.If((await s.LoadAsync(a, new BoardQuery())).Value!.Columns.Any(c => c.Cards.Any(p => p.Id == x.Ids.DraftProject))), [])
            .All,
    ];
}
