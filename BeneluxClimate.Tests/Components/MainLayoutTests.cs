using BeneluxClimate.App.Components.Layout;
using BeneluxClimate.App.Components.Shared;
using BeneluxClimate.Tests.Builders;
using Bunit;
using Microsoft.AspNetCore.Components;

namespace BeneluxClimate.Tests.Components;

public sealed class MainLayoutTests
{
    [Fact]
    public async Task A_failing_page_shows_a_friendly_message_instead_of_breaking_the_app()
    {
        await using var context = new ComponentTestContext("fr");
        RenderFragment failing = builder =>
        {
            builder.OpenComponent<Failing>(0);
            builder.CloseComponent();
        };

        var layout = context.Bunit.Render<MainLayout>(p => p.Add(l => l.Body, failing)); // the layout brings its own popover provider

        Assert.Contains("Une erreur s'est produite", layout.Markup.Replace("&#x27;", "'", StringComparison.Ordinal));
        Assert.NotNull(layout.Find("[data-testid=app]"));
        Assert.DoesNotContain("InvalidOperationException", layout.Markup);
    }

    [Fact]
    public async Task Visitors_are_invited_to_sign_in_or_join_in_their_language()
    {
        await using var context = new ComponentTestContext("nl");

        var layout = context.Bunit.Render<MainLayout>(p => p.Add(l => l.Body, (RenderFragment)(_ => { })));

        Assert.Equal("Aanmelden", layout.Find("[data-testid=sign-in-link]").TextContent.Trim());
        Assert.Empty(layout.FindAll("[data-testid=user-menu]"));
        Assert.Empty(layout.FindComponents<UserMenu>());
        Assert.Empty(layout.FindComponents<MudBlazor.MudDialogProvider>()); // dialogs answer members' actions only
    }

    [Fact]
    public async Task Times_are_shown_in_Brussels_in_the_readers_format()
    {
        await using var context = new ComponentTestContext("nl");

        var time = context.Render<LocalTime>(p => p.Add(t => t.Utc, new DateTimeOffset(2026, 7, 1, 10, 0, 0, TimeSpan.Zero)));

        Assert.Equal("01-07-2026 12:00", time.Find("time").TextContent);
        Assert.Equal("2026-07-01T10:00:00.0000000+00:00", time.Find("time").GetAttribute("datetime"));
    }

    private sealed class Failing : ComponentBase
    {
        protected override void OnInitialized() => throw new InvalidOperationException("boom");
    }
}
