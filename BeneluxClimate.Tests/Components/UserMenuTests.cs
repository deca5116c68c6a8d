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
}
