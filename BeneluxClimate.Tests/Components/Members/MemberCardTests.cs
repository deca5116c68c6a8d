using BeneluxClimate.App.Components.Pages.Members;
using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Members;
using BeneluxClimate.Tests.Builders;
using Bunit;

namespace BeneluxClimate.Tests.Components.Members;

public sealed class MemberCardTests
{
    [Fact]
    public async Task A_card_shows_the_member_in_the_readers_language_with_invariant_hooks()
    {
        await using var context = new ComponentTestContext("fr");
        var card = new DirectoryCard("u1", "Claire <b>Schmit</b>", "Conseil des jeunes", 3, "Jugendklimarot", "LU", "LU-ES", ActorType.Youth,
            [Theme.Education], ["lb", "fr"], ProfileVisibility.Public, DateTimeOffset.UtcNow, "");

        var rendered = context.Render<MemberCard>(p => p.Add(c => c.Card, card));

        var root = rendered.Find("[data-testid=member-card]");
        Assert.Equal(("u1", "LU", "Youth"), (root.GetAttribute("data-member-id"), root.GetAttribute("data-country"), root.GetAttribute("data-actor-type")));
        Assert.Equal("Claire <b>Schmit</b>", rendered.Find("a.member-name").TextContent); // markup in a name stays text
        Assert.Empty(rendered.FindAll("a.member-name b"));
        Assert.Contains("Éducation", rendered.Markup);
        Assert.Equal("Luxembourg", rendered.Find("img.flag").GetAttribute("alt"));
    }
}
