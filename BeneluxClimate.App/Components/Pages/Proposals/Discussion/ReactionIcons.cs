using BeneluxClimate.Domain.Partnerships;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace BeneluxClimate.App.Components.Pages.Proposals.Discussion;

/// <summary>
/// Icons, not emoji: a closed network or a bare system may have no emoji font. The same markup as MudIcon's, built once.
/// </summary>
public static class ReactionIcons
{
    public static IReadOnlyList<ReactionKind> Kinds { get; } = Enum.GetValues<ReactionKind>();

    private static readonly Dictionary<ReactionKind, MarkupString> Icons = Kinds.ToDictionary(k => k, k => new MarkupString(
        $"<svg class=\"mud-icon-root mud-svg-icon mud-inherit-text mud-icon-size-small\" focusable=\"false\" viewBox=\"0 0 24 24\" aria-hidden=\"true\">{k switch
        {
            ReactionKind.Agree => MudBlazor.Icons.Material.Outlined.ThumbUp,
            ReactionKind.Insightful => MudBlazor.Icons.Material.Outlined.Lightbulb,
            ReactionKind.Celebrate => MudBlazor.Icons.Material.Outlined.Celebration,
            _ => MudBlazor.Icons.Material.Outlined.HelpOutline,
        }}</svg>"));

    public static MarkupString Of(ReactionKind kind) => Icons[kind];
}
