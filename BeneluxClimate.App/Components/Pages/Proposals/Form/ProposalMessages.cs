using BeneluxClimate.App.Resources;
using BeneluxClimate.Domain.Common;
using Microsoft.Extensions.Localization;

namespace BeneluxClimate.App.Components.Pages.Proposals.Form;

/// <summary>Words the proposal service's refusals and field problems in the reader's language.</summary>
internal static class ProposalMessages
{
    public static string Refusal(IStringLocalizer<ProposalStrings> text, Refusal refusal) => text[$"Refusal_{refusal}"];

    /// <summary>The message for one field (e.g. "FundingCall.Deadline"), or null when the field is fine.</summary>
    public static string? Problem(IStringLocalizer<ProposalStrings> text, IReadOnlyList<FieldProblem>? problems, string field)
    {
        var problem = problems?.FirstOrDefault(p => p.Field == field);
        if (problem is null)
        {
            return null;
        }

        var limit = (problem.Limit ?? 0).ToString("N0", System.Globalization.CultureInfo.CurrentCulture);
        LocalizedString message = problem switch
        {
            { Field: "Themes" or "Countries", Code: "Required" } => text[$"Problem_{problem.Field}_Required"],
            { Field: "LinkedProjectId", Code: "Invalid" } => text["Problem_LinkedProjectId_Invalid"],
            { Code: "TooLong" or "TooMany" } => text[$"Problem_{problem.Code}", limit],
            { Code: "Required" or "NotHttpLink" or "NotCrossBorder" or "InPast" } => text[$"Problem_{problem.Code}"],
            _ => text["Problem_Invalid"],
        };
        return message.Value;
    }
}
