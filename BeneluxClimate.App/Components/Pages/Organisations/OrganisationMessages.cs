using BeneluxClimate.App.Resources;
using BeneluxClimate.Domain.Common;
using Microsoft.Extensions.Localization;

namespace BeneluxClimate.App.Components.Pages.Organisations;

/// <summary>Words the organisation service's refusals and field problems in the reader's language.</summary>
internal static class OrganisationMessages
{
    public static string Refusal(IStringLocalizer<OrganisationStrings> text, Refusal refusal) => text[$"Refusal_{refusal}"];

    /// <summary>The message for one field, or null when the field is fine.</summary>
    public static string? Problem(IStringLocalizer<OrganisationStrings> text, IReadOnlyList<FieldProblem>? problems, string field, string countryCode)
    {
        var problem = problems?.FirstOrDefault(p => p.Field == field);
        if (problem is null)
        {
            return null;
        }

        LocalizedString message = problem switch
        {
            { Field: "RegistryNumber" } when countryCode is "BE" or "NL" or "LU" => text[$"Problem_Registry_{countryCode}"],
            { Code: "TooLong" } => text["Problem_TooLong", problem.Limit ?? 0],
            { Code: "Required" or "NotHttpLink" } => text[$"Problem_{problem.Code}"],
            _ => text["Problem_Invalid"],
        };
        return message.Value;
    }
}
