using BeneluxClimate.Domain.Common;

namespace BeneluxClimate.Domain.Partnerships;

/// <summary>Checks a proposal input field by field, so the form can say what to fix where.</summary>
public static class ProposalRules
{
    /// <param name="authorCountry">The author's country: the proposal must name at least one other.</param>
    /// <param name="now">For the funding call's deadline, which must lie ahead when it changes.</param>
    public static IReadOnlyList<FieldProblem> Validate(ProposalInput input, string authorCountry, DateTimeOffset now, DateTimeOffset? currentDeadline = null)
    {
        var problems = new List<FieldProblem>();
        InputRules.CheckSingleLine(problems, nameof(input.Title), input.Title, Proposal.TitleMaxLength, required: true);
        InputRules.CheckSingleLine(problems, nameof(input.Summary), input.Summary, Proposal.SummaryMaxLength, required: true);
        Text(problems, nameof(input.Body), input.Body, Proposal.BodyMaxLength);
        Text(problems, nameof(input.Offer), input.Offer, Proposal.OfferMaxLength);
        Text(problems, nameof(input.Seek), input.Seek, Proposal.SeekMaxLength);

        if (input.Themes is null || input.Themes.Count == 0)
        {
            problems.Add(new(nameof(input.Themes), "Required"));
        }
        else if (input.Themes.Any(t => !Enum.IsDefined(t)))
        {
            problems.Add(new(nameof(input.Themes), "Invalid"));
        }

        if (input.Countries is null || input.Countries.Count == 0)
        {
            problems.Add(new(nameof(input.Countries), "Required"));
        }
        else if (input.Countries.Count > Proposal.MaxCountries)
        {
            problems.Add(new(nameof(input.Countries), "TooMany", Proposal.MaxCountries));
        }
        else if (input.Countries.Any(c => !Countries.IsKnown(c)) || input.Countries.Distinct().Count() != input.Countries.Count)
        {
            problems.Add(new(nameof(input.Countries), "Invalid"));
        }
        else if (input.Countries.All(c => c == authorCountry))
        {
            problems.Add(new(nameof(input.Countries), "NotCrossBorder"));
        }

        if (input.SoughtActorTypes is null || input.SoughtActorTypes.Any(t => !Enum.IsDefined(t)))
        {
            problems.Add(new(nameof(input.SoughtActorTypes), "Invalid"));
        }

        if (input.SoughtCountries is null || input.SoughtCountries.Count > Proposal.MaxCountries)
        {
            problems.Add(new(nameof(input.SoughtCountries), "TooMany", Proposal.MaxCountries));
        }
        else if (input.SoughtCountries.Any(c => !Countries.IsKnown(c)))
        {
            problems.Add(new(nameof(input.SoughtCountries), "Invalid"));
        }

        CheckFundingCall(problems, input.FundingCall, now, currentDeadline);
        return problems;
    }

    private static void CheckFundingCall(List<FieldProblem> problems, FundingCall? call, DateTimeOffset now, DateTimeOffset? currentDeadline)
    {
        if (call is null)
        {
            return;
        }

        InputRules.CheckSingleLine(problems, "FundingCall.Name", call.Name, Proposal.FundingCallNameMaxLength, required: true);
        if (!string.IsNullOrWhiteSpace(call.Url) && !InputRules.IsHttpLink(call.Url.Trim(), Proposal.LinkMaxLength))
        {
            problems.Add(new("FundingCall.Url", "NotHttpLink"));
        }

        if (call.DeadlineUtc is { } deadline && deadline != currentDeadline && deadline <= now)
        {
            problems.Add(new("FundingCall.Deadline", "InPast"));
        }
    }

    private static void Text(List<FieldProblem> problems, string field, string? value, int maxLength)
    {
        if (value?.Length > maxLength)
        {
            problems.Add(new(field, "TooLong", maxLength));
        }
    }
}
