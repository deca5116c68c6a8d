using BeneluxClimate.App.Components.Layout;
using BeneluxClimate.Tests.Builders;
using Bunit;

namespace BeneluxClimate.Tests.Components;

public sealed class LanguageSwitchTests
{
    [Fact]
    public async Task The_four_languages_are_links_with_invariant_hooks_and_the_current_one_marked()
    {
        await using var context = new ComponentTestContext("fr");
        var links = context.Render<LanguageSwitch>();

        var options = links.FindAll("[data-testid=language-switch] a[data-culture]");
        Assert.Equal(["en", "nl", "fr", "de"], options.Select(o => o.GetAttribute("data-culture")));
        Assert.Equal(["EN", "NL", "FR", "DE"], options.Select(o => o.TextContent));
        Assert.Equal("Nederlands", options[1].GetAttribute("title"));
        Assert.All(options, o => Assert.Contains("culture/set?culture=", o.GetAttribute("href")));
        Assert.Equal("fr", links.Find("a[aria-current=true]").GetAttribute("data-culture"));
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
