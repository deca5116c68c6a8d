using BeneluxClimate.App.Localization;
using BeneluxClimate.App.Resources;
using BeneluxClimate.Domain.Partnerships;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.Extensions.Localization;

namespace BeneluxClimate.App.Components.Pages.Proposals.Page;

/// <summary>The partnership's partners, or that there are none yet. Markup in the page's tree, not a component (see <see cref="Shared.StaticMud"/>).</summary>
public static class ProposalPartners
{
    public static RenderFragment Of(IReadOnlyList<MemberRef> partners, TaxonomyText taxonomy, IStringLocalizer<ProposalPageStrings> text) =>
        builder => Render(builder, partners, taxonomy, text);

    private static void Render(RenderTreeBuilder builder, IReadOnlyList<MemberRef> partners, TaxonomyText taxonomy, IStringLocalizer<ProposalPageStrings> text)
    {
        builder.OpenElement(0, "h2");
        builder.AddAttribute(1, "class", "mud-typography mud-typography-h6 mb-2");
        builder.AddContent(2, text["Page_Partners"]);
        builder.CloseElement();
        if (partners.Count == 0)
        {
            builder.OpenElement(3, "p");
            builder.AddAttribute(4, "class", "mud-typography mud-typography-body1");
            builder.AddAttribute(5, "data-testid", "no-partners");
            builder.AddContent(6, text["Page_NoPartners"]);
            builder.CloseElement();
            return;
        }

        builder.OpenElement(7, "ul");
        builder.AddAttribute(8, "class", "partner-list");
        builder.AddAttribute(9, "data-testid", "proposal-partners");
        foreach (var partner in partners)
        {
            builder.OpenElement(10, "li");
            builder.AddAttribute(11, "data-testid", "partner");
            builder.AddAttribute(12, "data-user-id", partner.UserId);
            builder.AddContent(13, MemberLine.Of(partner, taxonomy, text));
            builder.CloseElement();
        }

        builder.CloseElement();
    }
}
