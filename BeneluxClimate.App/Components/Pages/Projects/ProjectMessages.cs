using BeneluxClimate.App.Resources;
using BeneluxClimate.Domain.Common;
using Microsoft.Extensions.Localization;

namespace BeneluxClimate.App.Components.Pages.Projects;

/// <summary>Words the project service's refusals and field problems in the reader's language.</summary>
internal static class ProjectMessages
{
    public static string Refusal(IStringLocalizer<ProjectStrings> text, Refusal refusal) => text[$"Refusal_{refusal}"];

    /// <summary>The message for one field (e.g. "Impact.Co2eAvoided"), or null when the field is fine.</summary>
    public static string? Problem(IStringLocalizer<ProjectStrings> text, IReadOnlyList<FieldProblem>? problems, string field)
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
            { Field: "Regions", Code: "Invalid" } => text["Problem_Regions_Invalid"],
            { Code: "TooLong" or "TooMany" or "TooLarge" } => text[$"Problem_{problem.Code}", limit],
            { Code: "Required" or "NotHttpLink" or "BeforeStart" or "Negative" or "NotWhole" } => text[$"Problem_{problem.Code}"],
            _ => text["Problem_Invalid"],
        };
        return message.Value;
    }
}
