using BeneluxClimate.App.Resources;
using BeneluxClimate.Domain.Common;
using Microsoft.Extensions.Localization;

namespace BeneluxClimate.App.Components.Pages.Members;

/// <summary>Words a domain <see cref="FieldProblem"/> for the field it belongs to, e.g. "At most 140 characters."</summary>
public static class ProfileProblemText
{
    public static string? For(IReadOnlyList<FieldProblem>? problems, string field, IStringLocalizer<ProfileStrings> text)
    {
        var problem = problems?.FirstOrDefault(p => p.Field == field);
        return problem is null ? null : Word(problem, text);
    }

    public static string Word(FieldProblem problem, IStringLocalizer<ProfileStrings> text)
    {
        var specific = text[$"Problem_{problem.Field}_{problem.Code}", problem.Limit ?? 0];
        if (!specific.ResourceNotFound)
        {
            return specific.Value;
        }

        var general = text[$"Problem_{problem.Code}", problem.Limit ?? 0];
        return general.ResourceNotFound ? text["Problem_Invalid"].Value : general.Value;
    }
}
