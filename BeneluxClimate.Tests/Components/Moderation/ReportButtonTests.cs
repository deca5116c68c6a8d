using BeneluxClimate.App.Components.Shared;
using BeneluxClimate.App.Security;
using BeneluxClimate.Domain.Moderation;
using BeneluxClimate.Domain.Partnerships;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Tests.Builders;
using BeneluxClimate.Tests.Domain.Partnerships;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace BeneluxClimate.Tests.Components.Moderation;

public sealed class ReportButtonTests : PartnershipTestBase
{
    private TargetRef target = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var proposalId = await ProposeAsLotteAsync();
        var posted = await Discussion.PostAsync(Lotte, proposalId, new CommentInput(Guid.NewGuid(), "Who joins the heat pilot?"));
        target = new TargetRef(ReportTarget.Comment, posted.Comment!.Id);
    }

    private ComponentTestContext Context(string? name = null)
    {
        var context = new ComponentTestContext(services: services =>
        {
            services.AddSingleton(Database.Get<ReportService>());
            services.AddScoped<ActorAccessor>();
        });
        if (name is not null)
        {
            context.SignedInAs(name);
        }

        return context;
    }

    private static IRenderedComponent<ReportButton> Render(ComponentTestContext context, TargetRef target, Actor viewer, bool isOwn = false) =>
        context.Render<ReportButton>(p => p
            .Add(b => b.Target, target)
            .Add(b => b.ItemLabel, "the comment by Lotte")
            .Add(b => b.Viewer, viewer)
            .Add(b => b.IsOwn, isOwn));

    [Fact]
    public async Task Visitors_and_the_author_get_no_report_button()
    {
        await using var visitor = Context();
        Assert.Empty(Render(visitor, target, Actor.Anonymous).FindAll("[data-testid=report-button]"));

        await using var author = Context("Lotte Janssens");
        Assert.Empty(Render(author, target, Lotte, isOwn: true).FindAll("[data-testid=report-button]"));
    }

    [Fact]
    public async Task A_member_reports_through_the_dialog_and_then_sees_Reported_also_on_a_fresh_render()
    {
        await using var context = Context("Pieter Smit");
        var dialogs = context.Bunit.Render<MudDialogProvider>();
        var button = Render(context, target, Pieter);
        var report = button.Find("[data-testid=report-button]");
        Assert.Equal("Report", report.TextContent.Trim());
        Assert.Equal("Report the comment by Lotte", report.GetAttribute("aria-label"));

        _ = report.ClickAsync(new()); // resolves only when the dialog closes
        dialogs.WaitForAssertion(() => Assert.NotNull(dialogs.Find("[data-testid=report-submit]")));
        Assert.True(dialogs.Find("[data-testid=report-submit]").HasAttribute("disabled")); // a reason first
        dialogs.Find("[data-testid=report-reason] .mud-input-control-input-container, [data-testid=report-reason]").MouseDown();
        context.Popovers.WaitForAssertion(() => Assert.NotEmpty(context.Popovers.FindAll(".mud-list-item")));
        context.Popovers.FindAll(".mud-list-item").First(i => i.TextContent.Contains("Spam or advertising")).Click();
        dialogs.WaitForAssertion(() => Assert.False(dialogs.Find("[data-testid=report-submit]").HasAttribute("disabled")));
        await dialogs.Find("[data-testid=report-submit]").ClickAsync(new());

        button.WaitForAssertion(() => Assert.Equal("Reported", button.Find("[data-testid=report-button]").TextContent.Trim()));
        Assert.True(button.Find("[data-testid=report-button]").HasAttribute("disabled"));
        Assert.True(await Database.Get<ReportService>().HasReportedAsync(Pieter, target));

        var again = context.Bunit.Render<ReportButton>(p => p.Add(b => b.Target, target).Add(b => b.ItemLabel, "the comment by Lotte").Add(b => b.Viewer, Pieter));
        again.WaitForAssertion(() => Assert.Equal("true", again.Find("[data-testid=report-button]").GetAttribute("data-reported")));
    }

    [Fact]
    public async Task A_refusal_is_explained_in_the_dialog()
    {
        await using var context = Context("Pieter Smit");
        var dialogs = context.Bunit.Render<MudDialogProvider>();
        var gone = new TargetRef(ReportTarget.Comment, 999_999);
        var button = Render(context, gone, Pieter);

        _ = button.Find("[data-testid=report-button]").ClickAsync(new()); // resolves only when the dialog closes
        dialogs.WaitForAssertion(() => Assert.NotNull(dialogs.Find("[data-testid=report-reason]")));
        dialogs.Find("[data-testid=report-reason] .mud-input-control-input-container, [data-testid=report-reason]").MouseDown();
        context.Popovers.WaitForAssertion(() => Assert.NotEmpty(context.Popovers.FindAll(".mud-list-item")));
        context.Popovers.FindAll(".mud-list-item").First(i => i.TextContent.Contains("Off-topic")).Click();
        dialogs.WaitForAssertion(() => Assert.False(dialogs.Find("[data-testid=report-submit]").HasAttribute("disabled")));
        await dialogs.Find("[data-testid=report-submit]").ClickAsync(new());

        dialogs.WaitForAssertion(() => Assert.Contains("no longer available", dialogs.Find("[data-testid=report-error]").TextContent));
        Assert.Equal("false", button.Find("[data-testid=report-button]").GetAttribute("data-reported"));
    }
}
