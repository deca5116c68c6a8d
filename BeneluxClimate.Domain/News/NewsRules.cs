using BeneluxClimate.Domain.Common;

namespace BeneluxClimate.Domain.News;

/// <summary>Checks a post's input; each problem names the field and a code the UI words.</summary>
public static class NewsRules
{
    public static IReadOnlyList<FieldProblem> Validate(NewsInput input, DateTimeOffset now, int maxScheduleDays)
    {
        var problems = new List<FieldProblem>();
        InputRules.CheckSingleLine(problems, nameof(NewsInput.Title), input.Title, NewsPost.TitleMaxLength, required: true);
        var summary = input.Summary?.Trim() ?? "";
        if (summary.Length == 0)
        {
            problems.Add(new(nameof(NewsInput.Summary), "Required"));
        }
        else if (summary.Length > NewsPost.SummaryMaxLength)
        {
            problems.Add(new(nameof(NewsInput.Summary), "TooLong", NewsPost.SummaryMaxLength));
        }

        var body = input.Body ?? "";
        if (body.Trim().Length == 0)
        {
            problems.Add(new(nameof(NewsInput.Body), "Required"));
        }
        else if (body.Length > NewsPost.BodyMaxLength)
        {
            problems.Add(new(nameof(NewsInput.Body), "TooLong", NewsPost.BodyMaxLength));
        }

        if (!SpokenLanguages.IsKnown(input.Language))
        {
            problems.Add(new(nameof(NewsInput.Language), "Invalid"));
        }

        if (input.PublishAtUtc is { } at && (at > now.AddDays(maxScheduleDays) || at.Year < 2000))
        {
            problems.Add(new(nameof(NewsInput.PublishAtUtc), "OutOfRange", maxScheduleDays));
        }

        return problems;
    }
}
