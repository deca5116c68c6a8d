using System.Globalization;
using BeneluxClimate.App.Resources;
using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Partnerships;
using Microsoft.Extensions.Localization;

namespace BeneluxClimate.App.Components.Pages.Proposals.Discussion;

/// <summary>Turns the discussion's refusals into messages that say what to do next.</summary>
internal static class DiscussionMessages
{
    public static string ForPosting(IStringLocalizer<DiscussionStrings> t, CommentPosting posting, DateTimeOffset nowUtc)
    {
        if (posting.Result.Refusal == Refusal.RateLimited && posting.RetryAfterUtc is { } retryAfter)
        {
            var at = BrusselsTime.FromUtc(retryAfter).ToString("HH:mm:ss", CultureInfo.CurrentCulture);
            var seconds = Math.Max(1, (int)Math.Ceiling((retryAfter - nowUtc).TotalSeconds));
            return posting.Duplicate ? t["Error_Duplicate", at] : t["Error_RateLimited", at, seconds];
        }

        return ForResult(t, posting.Result);
    }

    public static string ForResult(IStringLocalizer<DiscussionStrings> t, CommandResult result)
    {
        if (result.Problems is { Count: > 0 } problems)
        {
            return string.Join(" ", problems.Select(p => ForProblem(t, p)));
        }

        return t[$"Refusal_{result.Refusal}"];
    }

    private static string ForProblem(IStringLocalizer<DiscussionStrings> t, FieldProblem problem) => problem.Code switch
    {
        "Required" => t["Problem_Required"],
        "TooLong" => t["Problem_TooLong", problem.Limit ?? Proposal.BodyMaxLength],
        "UnknownMention" => t["Problem_UnknownMention"],
        _ when problem.Field == nameof(CommentInput.ParentId) => t["Problem_Parent"],
        _ => t["Refusal_InvalidInput"],
    };
}
