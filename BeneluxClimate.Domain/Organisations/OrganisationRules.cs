using BeneluxClimate.Domain.Common;

namespace BeneluxClimate.Domain.Organisations;

/// <summary>Checks an organisation input field by field, so the form can say what to fix where.</summary>
public static class OrganisationRules
{
    /// <summary>The problems of <paramref name="input"/>, and the registry number normalized for its country.</summary>
    public static IReadOnlyList<FieldProblem> Validate(OrganisationInput input, out string registryNumber)
    {
        var problems = new List<FieldProblem>();
        registryNumber = "";
        var name = input.Name?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            problems.Add(new(nameof(input.Name), "Required"));
        }
        else if (name.Length > Organisation.NameMaxLength)
        {
            problems.Add(new(nameof(input.Name), "TooLong", Organisation.NameMaxLength));
        }
        else if (InputRules.HasControlCharacters(name))
        {
            problems.Add(new(nameof(input.Name), "Invalid"));
        }

        if (!Enum.IsDefined(input.Type))
        {
            problems.Add(new(nameof(input.Type), "Invalid"));
        }

        var countryKnown = Countries.IsKnown(input.CountryCode);
        if (!countryKnown)
        {
            problems.Add(new(nameof(input.CountryCode), "Required"));
        }

        var website = input.Website?.Trim();
        if (!string.IsNullOrEmpty(website) && !InputRules.IsHttpLink(website, Organisation.WebsiteMaxLength))
        {
            problems.Add(website.Length > Organisation.WebsiteMaxLength
                ? new(nameof(input.Website), "TooLong", Organisation.WebsiteMaxLength)
                : new(nameof(input.Website), "NotHttpLink"));
        }

        if (input.Description?.Length > Organisation.DescriptionMaxLength)
        {
            problems.Add(new(nameof(input.Description), "TooLong", Organisation.DescriptionMaxLength));
        }

        if (countryKnown && !RegistryNumber.TryNormalize(input.CountryCode, input.RegistryNumber, out registryNumber))
        {
            problems.Add(new(nameof(input.RegistryNumber), "Invalid"));
        }

        return problems;
    }
}
