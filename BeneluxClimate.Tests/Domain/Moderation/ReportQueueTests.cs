using BeneluxClimate.Domain.Moderation;
using BeneluxClimate.Domain.Partnerships;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Tests.Builders;
using BeneluxClimate.Tests.Domain.Partnerships;

namespace BeneluxClimate.Tests.Domain.Moderation;

public sealed class ReportQueueTests : PartnershipTestBase
{
    private ReportService Reports => Database.Get<ReportService>();

    [Fact]
    public async Task The_queue_groups_reports_per_item_newest_first_with_reason_counts_and_the_newest_details()
    {
        var proposalId = await ProposeAsLotteAsync();
        var first = (await Discussion.PostAsync(Pieter, proposalId, new CommentInput(Guid.NewGuid(), "Cheap watches", null))).Comment!;
        var second = (await Discussion.PostAsync(Pieter, proposalId, new CommentInput(Guid.NewGuid(), "Cheaper watches", null))).Comment!;
        var ruben = Actor.Member(await Database.AddMemberAsync("Ruben", "ruben@example.test"), Roles.Member);

        Assert.True((await Reports.FileAsync(Lotte, new(ReportTarget.Comment, first.Id), ReportReason.Spam, "Advertising")).Succeeded);
        Assert.True((await Reports.FileAsync(Sanne, new(ReportTarget.Comment, first.Id), ReportReason.Abusive, "")).Succeeded);
        Assert.True((await Reports.FileAsync(ruben, new(ReportTarget.Comment, second.Id), ReportReason.Spam, "Again")).Succeeded);

        var (items, _) = (await Database.Get<ReportQueue>().OpenAsync(Moderator)).Value;

        var firstItem = Assert.Single(items, i => i.Target == new TargetRef(ReportTarget.Comment, first.Id));
        Assert.Equal(2, firstItem.Reports);
        Assert.Equal(1, firstItem.Reasons[ReportReason.Spam]);
        Assert.Equal(1, firstItem.Reasons[ReportReason.Abusive]);
        Assert.Equal(["Advertising"], firstItem.Details);
        var secondItem = Assert.Single(items, i => i.Target == new TargetRef(ReportTarget.Comment, second.Id));
        Assert.Equal(["Again"], secondItem.Details);
        Assert.True(items.ToList().IndexOf(secondItem) < items.ToList().IndexOf(firstItem)); // most recently reported first
    }
}
