using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Members;
using BeneluxClimate.Domain.Moderation;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Tests.Builders;
using BeneluxClimate.Tests.Domain.Partnerships;

namespace BeneluxClimate.Tests.Domain.Moderation;

public sealed class ProfileModerationTests : PartnershipTestBase
{
    private ReportService Reports => Database.Get<ReportService>();

    private MemberProfiles Profiles => Database.Get<MemberProfiles>();

    private MemberDirectory Members => Database.Get<MemberDirectory>();

    private async Task<IReadOnlyList<string>> DirectoryIdsAsync(Actor viewer) =>
        (await Members.SearchAsync(viewer, new DirectoryQuery())).Value!.Cards.Items.Select(c => c.UserId).ToList();

    [Fact]
    public async Task Three_reports_hide_a_profile_from_the_directory_and_its_page_until_a_moderator_restores_it()
    {
        var target = TargetRef.Profile(Pieter.UserId!);
        var ruben = Actor.Member(await Database.AddMemberAsync("Ruben", "ruben@example.test"), Roles.Member);
        var removed = new TaskCompletionSource<DirectoryCard>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var _ = Database.Get<ILiveBus>().Subscribe(LiveTopics.DirectoryForMembers, e =>
        {
            if (e.Kind == MemberDirectory.Removed && e.Payload is DirectoryCard card)
            {
                removed.TrySetResult(card);
            }

            return Task.CompletedTask;
        }, () => Task.CompletedTask);

        Assert.Equal(Refusal.Forbidden, (await Reports.FileAsync(Pieter, target, ReportReason.Spam, null)).Refusal); // not oneself
        Assert.True((await Reports.FileAsync(Lotte, target, ReportReason.Spam, "Sells watches")).Succeeded);
        Assert.True((await Reports.FileAsync(Sanne, target, ReportReason.Spam, null)).Succeeded);
        Assert.True(await Reports.HasReportedAsync(Sanne, target));
        Assert.Contains(Pieter.UserId!, await DirectoryIdsAsync(Lotte));
        Assert.True((await Reports.FileAsync(ruben, target, ReportReason.Abusive, null)).Succeeded);

        Assert.Equal(Pieter.UserId, (await removed.Task.WaitAsync(TimeSpan.FromSeconds(5))).UserId);
        Assert.DoesNotContain(Pieter.UserId!, await DirectoryIdsAsync(Lotte));
        Assert.Equal(Refusal.NotFound, (await Profiles.GetMemberAsync(Lotte, Pieter.UserId!)).Refusal);
        Assert.True((await Profiles.GetMemberAsync(Pieter, Pieter.UserId!)).Value!.IsHidden);
        Assert.True((await Profiles.GetMemberAsync(Moderator, Pieter.UserId!)).Value!.IsHidden);
        var statement = await Database.Get<AppealService>().StatementAsync(Pieter, target);
        Assert.True(statement is { Automatic: true, CanAppeal: true });
        var queued = Assert.Single((await Database.Get<ReportQueue>().OpenAsync(Moderator)).Value.Items);
        Assert.Equal((target, 3, true), (queued.Target, queued.Reports, queued.IsHidden));

        Assert.True((await Database.Get<ModerationService>().RestoreAsync(Moderator, target, "Reviewed: a real researcher")).Succeeded);

        Assert.Contains(Pieter.UserId!, await DirectoryIdsAsync(Lotte));
        Assert.False((await Profiles.GetMemberAsync(Lotte, Pieter.UserId!)).Value!.IsHidden);
    }

    [Fact]
    public async Task A_hidden_member_saving_their_profile_stays_out_of_the_directory()
    {
        var target = TargetRef.Profile(Pieter.UserId!);
        Assert.True((await Database.Get<ModerationService>().HideAsync(Moderator, target, ReportReason.Spam, "Advertising only")).Succeeded);

        Assert.True((await Profiles.SaveAsync(Pieter, ProfileInputs.Valid("Pieter Smit") with { CountryCode = "NL", RegionCode = "NL-ZE" })).Succeeded);

        Assert.DoesNotContain(Pieter.UserId!, await DirectoryIdsAsync(Sanne));
        Assert.DoesNotContain(Pieter.UserId!, await DirectoryIdsAsync(Actor.Anonymous));
        Assert.Equal(Refusal.NotFound, (await Profiles.GetMemberAsync(Sanne, Pieter.UserId!)).Refusal);
    }

    [Fact]
    public async Task Moderators_find_any_member_by_name_or_email_also_before_onboarding_and_when_hidden()
    {
        var moderation = Database.Get<ModerationService>();
        await Database.AddMemberAsync("Émile Newcomer", "emile@example.test");
        Assert.True((await moderation.HideAsync(Moderator, TargetRef.Profile(Pieter.UserId!), ReportReason.Spam, "Advertising only")).Succeeded);
        Assert.True((await moderation.SuspendAsync(Moderator, Pieter.UserId!, DateTimeOffset.UtcNow.AddDays(3), "Cooling off")).Succeeded);

        var newcomer = Assert.Single((await moderation.FindMembersAsync(Moderator, "emile")).Value!);
        Assert.False(newcomer.IsOnboarded);
        var pieter = Assert.Single((await moderation.FindMembersAsync(Moderator, "pieter@example")).Value!);
        Assert.True(pieter is { IsOnboarded: true, IsHidden: true, IsBanned: false, LockedUntilUtc: not null });
        Assert.Equal(Refusal.Forbidden, (await moderation.FindMembersAsync(Lotte, "emile")).Refusal);
        Assert.Equal(Refusal.NotSignedIn, (await moderation.FindMembersAsync(Actor.Anonymous, "emile")).Refusal);
    }
}
