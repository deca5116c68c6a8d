using BeneluxClimate.Domain.Common;

namespace BeneluxClimate.Domain.Gatherings;

/// <summary>Checks an event input field by field, so the form can say what to fix where.</summary>
public static class GatheringRules
{
    public static IReadOnlyList<FieldProblem> Validate(GatheringInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var problems = new List<FieldProblem>();
        InputRules.CheckSingleLine(problems, nameof(input.Title), input.Title, Gathering.TitleMaxLength, required: true);
        if (input.Description?.Length > Gathering.DescriptionMaxLength)
        {
            problems.Add(new(nameof(input.Description), "TooLong", Gathering.DescriptionMaxLength));
        }

        if (!Enum.IsDefined(input.Format))
        {
            problems.Add(new(nameof(input.Format), "Invalid"));
        }

        if (input.StartsAtBrussels == default)
        {
            problems.Add(new(nameof(input.StartsAtBrussels), "Required"));
        }

        if (input.EndsAtBrussels == default)
        {
            problems.Add(new(nameof(input.EndsAtBrussels), "Required"));
        }
        else if (input.StartsAtBrussels != default && input.EndsAtBrussels <= input.StartsAtBrussels)
        {
            problems.Add(new(nameof(input.EndsAtBrussels), "NotAfterStart"));
        }
        else if (input.EndsAtBrussels - input.StartsAtBrussels > TimeSpan.FromDays(31))
        {
            problems.Add(new(nameof(input.EndsAtBrussels), "TooLong", 31));
        }

        if (input.RegistrationDeadlineBrussels is { } deadline && input.EndsAtBrussels != default && deadline >= input.EndsAtBrussels)
        {
            problems.Add(new(nameof(input.RegistrationDeadlineBrussels), "NotBeforeEnd"));
        }

        var online = input.Format is GatheringFormat.Virtual or GatheringFormat.Hybrid;
        var onSite = input.Format is GatheringFormat.Physical or GatheringFormat.Hybrid;
        var link = input.MeetingUrl?.Trim();
        if (online && string.IsNullOrEmpty(link))
        {
            problems.Add(new(nameof(input.MeetingUrl), "Required"));
        }
        else if (!string.IsNullOrEmpty(link) && !InputRules.IsHttpLink(link, Gathering.LinkMaxLength))
        {
            problems.Add(new(nameof(input.MeetingUrl), "NotHttpLink"));
        }

        InputRules.CheckSingleLine(problems, nameof(input.VenueName), input.VenueName, Gathering.VenueNameMaxLength, required: onSite);
        if (onSite && string.IsNullOrWhiteSpace(input.VenueAddress))
        {
            problems.Add(new(nameof(input.VenueAddress), "Required"));
        }
        else if (input.VenueAddress?.Trim().Length > Gathering.VenueAddressMaxLength)
        {
            problems.Add(new(nameof(input.VenueAddress), "TooLong", Gathering.VenueAddressMaxLength));
        }

        if (onSite && string.IsNullOrEmpty(input.VenueCountryCode))
        {
            problems.Add(new(nameof(input.VenueCountryCode), "Required"));
        }
        else if (!string.IsNullOrEmpty(input.VenueCountryCode) && !Countries.IsKnown(input.VenueCountryCode))
        {
            problems.Add(new(nameof(input.VenueCountryCode), "Invalid"));
        }

        if (input.Capacity is { } capacity && capacity is < 1 or > Gathering.MaxCapacity)
        {
            problems.Add(new(nameof(input.Capacity), "OutOfRange", Gathering.MaxCapacity));
        }

        if (input.Themes is null || input.Themes.Count == 0)
        {
            problems.Add(new(nameof(input.Themes), "Required"));
        }
        else if (input.Themes.Any(t => !Enum.IsDefined(t)))
        {
            problems.Add(new(nameof(input.Themes), "Invalid"));
        }

        if (input.Languages is null || input.Languages.Count == 0)
        {
            problems.Add(new(nameof(input.Languages), "Required"));
        }
        else if (input.Languages.Count > Gathering.MaxLanguages)
        {
            problems.Add(new(nameof(input.Languages), "TooMany", Gathering.MaxLanguages));
        }
        else if (input.Languages.Any(l => !SpokenLanguages.IsKnown(l)))
        {
            problems.Add(new(nameof(input.Languages), "Invalid"));
        }

        if (input.CoHostIds is null || input.CoHostIds.Count > Gathering.MaxCoHosts)
        {
            problems.Add(new(nameof(input.CoHostIds), "TooMany", Gathering.MaxCoHosts));
        }
        else if (input.CoHostIds.Any(id => string.IsNullOrWhiteSpace(id) || id.Length > 450))
        {
            problems.Add(new(nameof(input.CoHostIds), "Invalid"));
        }

        return problems;
    }
}
