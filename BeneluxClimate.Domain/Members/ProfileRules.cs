using BeneluxClimate.Domain.Common;

namespace BeneluxClimate.Domain.Members;

/// <summary>Checks a profile input field by field, so the form can say what to fix where.</summary>
public static class ProfileRules
{
    public static IReadOnlyList<FieldProblem> Validate(ProfileInput input)
    {
        var problems = new List<FieldProblem>();
        void Text(string field, string? value, int max, bool required)
        {
            if (required && string.IsNullOrWhiteSpace(value))
            {
                problems.Add(new(field, "Required"));
            }
            else if (value?.Length > max)
            {
                problems.Add(new(field, "TooLong", max));
            }
            else if (value is not null && InputRules.HasControlCharacters(value))
            {
                problems.Add(new(field, "Invalid"));
            }
        }

        Text(nameof(input.DisplayName), input.DisplayName?.Trim(), ClimateUser.DisplayNameMaxLength, required: true);
        Text(nameof(input.Headline), input.Headline?.Trim(), MemberProfile.HeadlineMaxLength, required: true);
        if (!Enum.IsDefined(input.ActorType))
        {
            problems.Add(new(nameof(input.ActorType), "Invalid"));
        }

        if (!Countries.IsKnown(input.CountryCode))
        {
            problems.Add(new(nameof(input.CountryCode), "Required"));
        }
        else if (Regions.HasRegions(input.CountryCode) ? !Regions.IsRegionOf(input.RegionCode, input.CountryCode) : input.RegionCode is not null)
        {
            problems.Add(new(nameof(input.RegionCode), "Required"));
        }

        if (input.Themes is null || input.Themes.Count == 0 || input.Themes.Any(t => !Enum.IsDefined(t)))
        {
            problems.Add(new(nameof(input.Themes), "Required"));
        }

        if (input.Languages is null || input.Languages.Count == 0 || input.Languages.Any(l => !SpokenLanguages.IsKnown(l)))
        {
            problems.Add(new(nameof(input.Languages), "Required"));
        }

        if (input.Expertise is null || input.Expertise.Count > MemberProfile.MaxExpertiseTags)
        {
            problems.Add(new(nameof(input.Expertise), "TooMany", MemberProfile.MaxExpertiseTags));
        }
        else if (input.Expertise.Any(t => string.IsNullOrWhiteSpace(t) || t.Length > MemberProfile.ExpertiseTagMaxLength || InputRules.HasControlCharacters(t)))
        {
            problems.Add(new(nameof(input.Expertise), "TooLong", MemberProfile.ExpertiseTagMaxLength));
        }

        if (input.Bio?.Length > MemberProfile.BioMaxLength)
        {
            problems.Add(new(nameof(input.Bio), "TooLong", MemberProfile.BioMaxLength));
        }

        if (input.Links is null || input.Links.Count > MemberProfile.MaxLinks)
        {
            problems.Add(new(nameof(input.Links), "TooMany", MemberProfile.MaxLinks));
        }
        else if (input.Links.Any(l => !InputRules.IsHttpLink(l, MemberProfile.LinkMaxLength)))
        {
            problems.Add(new(nameof(input.Links), "NotHttpLink"));
        }

        if (!Enum.IsDefined(input.Visibility))
        {
            problems.Add(new(nameof(input.Visibility), "Invalid"));
        }

        return problems;
    }
}
