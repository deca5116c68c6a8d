using BeneluxClimate.Domain.Security;
using MudBlazor;

namespace BeneluxClimate.App.Components.Layout;

/// <summary>The main navigation, in one place: the app bar and the phone menu render the same list.</summary>
internal static class NavigationItems
{
    public static readonly IReadOnlyList<NavigationItem> All =
    [
        new("members", "Nav_Members", Icons.Material.Outlined.People),
        new("projects", "Nav_Projects", Icons.Material.Outlined.Lightbulb),
        new("proposals", "Nav_Proposals", Icons.Material.Outlined.Handshake),
        new("events", "Nav_Events", Icons.Material.Outlined.Event),
        new("news", "Nav_News", Icons.Material.Outlined.Newspaper),
        new("moderation", "Nav_Moderation", Icons.Material.Outlined.Shield, [Roles.Moderator, Roles.Admin]),
        new("admin/roles", "Nav_Admin", Icons.Material.Outlined.AdminPanelSettings, [Roles.Admin]),
    ];
}

internal sealed record NavigationItem(string Href, string LabelKey, string Icon, IReadOnlyList<string>? Roles = null)
{
    public bool IsVisibleTo(System.Security.Claims.ClaimsPrincipal user) => Roles is null || Roles.Any(user.IsInRole);
}
