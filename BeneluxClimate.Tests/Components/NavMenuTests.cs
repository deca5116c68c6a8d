using BeneluxClimate.App.Components.Layout;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Tests.Builders;
using Bunit;

namespace BeneluxClimate.Tests.Components;

public sealed class NavMenuTests
{
    private static async Task<List<string>> LinksFor(Func<ComponentTestContext, ComponentTestContext> arrange)
    {
        await using var context = arrange(new ComponentTestContext());
        var nav = context.Render<NavMenu>();
        return nav.FindAll("nav.main-nav a").Select(a => a.TextContent.Trim()).ToList();
    }

    [Fact]
    public async Task Everyone_sees_the_five_capabilities()
    {
        var links = await LinksFor(c => c);

        Assert.Equal(["Members", "Projects", "Partnerships", "Events", "News"], links);
    }

    [Fact]
    public async Task Moderators_also_see_moderation_but_not_roles()
    {
        var links = await LinksFor(c => c.SignedInAs("Pieter de Vries", Roles.Moderator));

        Assert.Contains("Moderation", links);
        Assert.DoesNotContain("Roles", links);
    }

    [Fact]
    public async Task Admins_see_moderation_and_roles()
    {
        var links = await LinksFor(c => c.SignedInAs("Sophie Lambert", Roles.Admin));

        Assert.Contains("Moderation", links);
        Assert.Contains("Roles", links);
    }

    [Fact]
    public async Task Members_do_not_see_staff_pages()
    {
        var links = await LinksFor(c => c.SignedInAs("Anna Peeters"));

        Assert.DoesNotContain("Moderation", links);
        Assert.DoesNotContain("Roles", links);
    }
}
