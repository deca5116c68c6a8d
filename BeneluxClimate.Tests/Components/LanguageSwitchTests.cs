using BeneluxClimate.App.Components.Layout;
using BeneluxClimate.Tests.Builders;
using Bunit;

namespace BeneluxClimate.Tests.Components;

public sealed class LanguageSwitchTests
{
    [Fact]
    public async Task The_open_menu_offers_the_four_languages_with_invariant_hooks()
    {
        await using var context = new ComponentTestContext("fr");
        var menu = context.Render<LanguageSwitch>();

        menu.Find("[data-testid=language-switch] .menu-activator").Click();

        var options = context.Popovers.WaitForElements("[data-culture]");
        Assert.Equal(["en", "nl", "fr", "de"], options.Select(o => o.GetAttribute("data-culture")));
        Assert.Contains(options, o => o.TextContent.Contains("Nederlands"));
        Assert.All(options, o => Assert.Contains("culture/set?culture=", o.GetAttribute("href")));
        Assert.Contains("FR", menu.Find("[data-testid=language-switch]").TextContent);
    }

    [Fact]
    public async Task On_static_pages_the_languages_are_plain_links()
    {
        await using var context = new ComponentTestContext("de", interactive: false);
        var links = context.Render<LanguageSwitch>();

        var options = links.FindAll("[data-testid=language-switch] a[data-culture]");
        Assert.Equal(4, options.Count);
        Assert.Equal("de", links.Find("a[aria-current=true]").GetAttribute("data-culture"));
    }
}
