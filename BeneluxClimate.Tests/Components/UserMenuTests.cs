using BeneluxClimate.App.Components.Layout;
using BeneluxClimate.Tests.Builders;
using Bunit;

namespace BeneluxClimate.Tests.Components;

public sealed class UserMenuTests
{
    [Fact]
    public async Task A_signed_in_member_sees_their_name_and_initials()
    {
        await using var context = new ComponentTestContext().SignedInAs("Anna Peeters");
        var menu = context.Render<UserMenu>();

        var activator = menu.Find("[data-testid=user-menu]");
        Assert.Contains("Anna Peeters", activator.TextContent);
        Assert.Equal("AP", menu.Find(".initials-avatar").TextContent);
    }

    [Fact]
    public async Task Visitors_are_invited_to_sign_in_or_join_in_their_language()
    {
        await using var context = new ComponentTestContext("nl");
        var menu = context.Render<UserMenu>();

        Assert.Equal("Aanmelden", menu.Find("[data-testid=sign-in-link]").TextContent.Trim());
        Assert.Empty(menu.FindAll("[data-testid=user-menu]"));
    }
}
