using BeneluxClimate.App.Components.Shared;
using BeneluxClimate.App.Localization;
using BeneluxClimate.Domain.Partnerships;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace BeneluxClimate.App.Components.Pages.Proposals;

/// <summary>A proposal's status as a small chip; markup, not a component (see <see cref="StaticMud"/>).</summary>
public static class ProposalStatusChip
{
    /// <summary>The page's chip carries the <c>proposal-status</c> hook (<paramref name="testId"/>); cards in lists carry none.</summary>
    public static MarkupString Of(ProposalStatus status, TaxonomyText taxonomy, string? testId = null) =>
        StaticMud.Chip(taxonomy.ProposalStatus(status), ColorOf(status), Variant.Filled, IconOf(status), "proposal-status-chip",
            [.. testId is null ? [] : new[] { ("data-testid", testId) }, ("data-status", status.ToString())]);

    private static Color ColorOf(ProposalStatus status) => status switch
    {
        ProposalStatus.Open => Color.Primary,
        ProposalStatus.InDiscussion => Color.Info,
        ProposalStatus.PartnershipFormed => Color.Success,
        _ => Color.Default,
    };

    private static string IconOf(ProposalStatus status) => status switch
    {
        ProposalStatus.Open => Icons.Material.Outlined.LockOpen,
        ProposalStatus.InDiscussion => Icons.Material.Outlined.Forum,
        ProposalStatus.PartnershipFormed => Icons.Material.Outlined.Handshake,
        _ => Icons.Material.Outlined.Lock,
    };
}
