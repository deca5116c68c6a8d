using BeneluxClimate.Domain.Common;

namespace BeneluxClimate.Domain.Showcase;

/// <summary>Checks a project input field by field, so the form can say what to fix where.</summary>
public static class ProjectRules
{
    private const LookingFor AllLookingFor = LookingFor.Expertise | LookingFor.Partners | LookingFor.Funding | LookingFor.PilotSite | LookingFor.Data;
    private static readonly DateOnly EarliestDate = new(1990, 1, 1);
    private static readonly DateOnly LatestDate = new(2100, 12, 31);

    public static IReadOnlyList<FieldProblem> Validate(ProjectInput input)
    {
        var problems = new List<FieldProblem>();
        InputRules.CheckSingleLine(problems, nameof(input.Title), input.Title, Project.TitleMaxLength, required: true);
        InputRules.CheckSingleLine(problems, nameof(input.Summary), input.Summary, Project.SummaryMaxLength, required: true);
        if (input.Description?.Length > Project.DescriptionMaxLength)
        {
            problems.Add(new(nameof(input.Description), "TooLong", Project.DescriptionMaxLength));
        }

        if (input.Themes is null || input.Themes.Count == 0)
        {
            problems.Add(new(nameof(input.Themes), "Required"));
        }
        else if (input.Themes.Any(t => !Enum.IsDefined(t)))
        {
            problems.Add(new(nameof(input.Themes), "Invalid"));
        }

        CheckPlaces(problems, input);
        if (!Enum.IsDefined(input.Stage))
        {
            problems.Add(new(nameof(input.Stage), "Invalid"));
        }

        if ((input.LookingFor & ~AllLookingFor) != 0)
        {
            problems.Add(new(nameof(input.LookingFor), "Invalid"));
        }

        if (input.PartnerOrganisationIds is null || input.PartnerOrganisationIds.Count > Project.MaxPartners)
        {
            problems.Add(new(nameof(input.PartnerOrganisationIds), "TooMany", Project.MaxPartners));
        }

        if (input.ContactMemberIds is null || input.ContactMemberIds.Count > Project.MaxContacts)
        {
            problems.Add(new(nameof(input.ContactMemberIds), "TooMany", Project.MaxContacts));
        }

        CheckDates(problems, input);
        CheckLinks(problems, input.Links);
        CheckImpact(problems, input.Impact);
        return problems;
    }

    private static void CheckPlaces(List<FieldProblem> problems, ProjectInput input)
    {
        if (input.Countries is null || input.Countries.Count == 0)
        {
            problems.Add(new(nameof(input.Countries), "Required"));
        }
        else if (input.Countries.Count > Project.MaxCountries)
        {
            problems.Add(new(nameof(input.Countries), "TooMany", Project.MaxCountries));
        }
        else if (input.Countries.Any(c => !Countries.IsKnown(c)) || input.Countries.Distinct().Count() != input.Countries.Count)
        {
            problems.Add(new(nameof(input.Countries), "Invalid"));
        }

        if (input.Regions is null || input.Regions.Count > Project.MaxRegions)
        {
            problems.Add(new(nameof(input.Regions), "TooMany", Project.MaxRegions));
        }
        else if (input.Regions.Any(r => input.Countries?.Any(c => Common.Regions.IsRegionOf(r, c)) != true))
        {
            problems.Add(new(nameof(input.Regions), "Invalid")); // every region lies in one of the project's countries
        }
    }

    private static void CheckDates(List<FieldProblem> problems, ProjectInput input)
    {
        if (input.StartDate is { } start && (start < EarliestDate || start > LatestDate))
        {
            problems.Add(new(nameof(input.StartDate), "Invalid"));
        }

        if (input.EndDate is { } end && (end < EarliestDate || end > LatestDate))
        {
            problems.Add(new(nameof(input.EndDate), "Invalid"));
        }
        else if (input.StartDate is { } from && input.EndDate is { } to && to < from)
        {
            problems.Add(new(nameof(input.EndDate), "BeforeStart"));
        }
    }

    private static void CheckLinks(List<FieldProblem> problems, IReadOnlyList<string>? links)
    {
        if (links is null || links.Count > Project.MaxLinks)
        {
            problems.Add(new(nameof(ProjectInput.Links), "TooMany", Project.MaxLinks));
        }
        else if (links.Any(l => !InputRules.IsHttpLink(l?.Trim(), Project.LinkMaxLength)))
        {
            problems.Add(new(nameof(ProjectInput.Links), "NotHttpLink"));
        }
    }

    private static void CheckImpact(List<FieldProblem> problems, IReadOnlyList<ImpactFigure>? impact)
    {
        if (impact is null || impact.Count > Enum.GetValues<ImpactKind>().Length || impact.Select(f => f.Kind).Distinct().Count() != impact.Count)
        {
            problems.Add(new(nameof(ProjectInput.Impact), "Invalid")); // one figure per kind at most
            return;
        }

        foreach (var figure in impact)
        {
            var field = $"{nameof(ProjectInput.Impact)}.{figure.Kind}";
            if (!Enum.IsDefined(figure.Kind) || double.IsNaN(figure.Value) || double.IsInfinity(figure.Value))
            {
                problems.Add(new(field, "Invalid"));
            }
            else if (figure.Value < 0)
            {
                problems.Add(new(field, "Negative"));
            }
            else if (figure.Value > ImpactUnits.Maximum(figure.Kind))
            {
                problems.Add(new(field, "TooLarge", (int)ImpactUnits.Maximum(figure.Kind)));
            }
            else if (ImpactUnits.IsWhole(figure.Kind) && figure.Value != Math.Floor(figure.Value))
            {
                problems.Add(new(field, "NotWhole"));
            }
            else if (!string.IsNullOrWhiteSpace(figure.EvidenceUrl) && !InputRules.IsHttpLink(figure.EvidenceUrl.Trim(), Project.LinkMaxLength))
            {
                problems.Add(new($"{field}.Evidence", "NotHttpLink"));
            }
        }
    }
}
