using BeneluxClimate.App.Components.Layout;
using BeneluxClimate.App.Resources;
using BeneluxClimate.Tests.Builders;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace BeneluxClimate.Tests.Components;

public sealed class LanguageSwitchTests
{
    [Fact]
    public async Task The_four_languages_are_links_back_to_the_same_page_with_the_current_one_marked()
    {
        await using var context = new ComponentTestContext("fr");
        var text = context.Bunit.Services.GetRequiredService<IStringLocalizer<Shell>>();

        var links = context.Bunit.Render(LanguageLinks.For("/proposals/7", text));

        var options = links.FindAll("[data-testid=language-switch] a[data-culture]");
        Assert.Equal(["en", "nl", "fr", "de"], options.Select(o => o.GetAttribute("data-culture")));
        Assert.Equal(["EN", "NL", "FR", "DE"], options.Select(o => o.TextContent));
        Assert.Equal("Nederlands", options[1].GetAttribute("title"));
        Assert.Equal("culture/set?culture=nl&returnUrl=%2Fproposals%2F7", options[1].GetAttribute("href"));
        Assert.Equal("fr", links.Find("a[aria-current=true]").GetAttribute("data-culture"));
    }
}
