using BeneluxClimate.App.Components.Shared;
using BeneluxClimate.App.Localization;
using BeneluxClimate.App.Resources;
using BeneluxClimate.Domain.Partnerships;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.Extensions.Localization;

namespace BeneluxClimate.App.Components.Pages.Proposals.Page;

/// <summary>
/// A member as the proposal page names them: a link to their page, flag and organisation; or "former member". Markup in
/// the caller's render tree, not a component (see <see cref="StaticMud"/>).
/// </summary>
public static class MemberLine
{
    public static RenderFragment Of(MemberRef member, TaxonomyText taxonomy, IStringLocalizer<ProposalPageStrings> text) =>
        builder => Render(builder, member, taxonomy, text);

    private static void Render(RenderTreeBuilder builder, MemberRef member, TaxonomyText taxonomy, IStringLocalizer<ProposalPageStrings> text)
    {
        builder.OpenElement(0, "span");
        if (member.IsFormer)
        {
            builder.AddAttribute(1, "class", "member-line former");
            builder.AddContent(2, text["Page_FormerMember"]);
            builder.CloseElement();
            return;
        }

        builder.AddAttribute(3, "class", "member-line");
        builder.OpenElement(4, "a");
        builder.AddAttribute(5, "href", $"members/{member.UserId}");
        builder.AddContent(6, member.DisplayName);
        builder.CloseElement();
        if (member.CountryCode is { } country)
        {
            builder.AddMarkupContent(7, Flag.Html(country, taxonomy.Country(country)));
        }

        if (!string.IsNullOrEmpty(member.OrganisationName))
        {
            builder.OpenElement(8, "span");
            builder.AddAttribute(9, "class", "member-organisation");
            builder.AddContent(10, member.OrganisationName);
            builder.CloseElement();
        }

        builder.CloseElement();
    }
}
