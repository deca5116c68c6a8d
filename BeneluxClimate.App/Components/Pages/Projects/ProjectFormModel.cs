using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Showcase;

namespace BeneluxClimate.App.Components.Pages.Projects;

/// <summary>The project form's editable state: what the inputs bind to, turned into a <see cref="ProjectInput"/> on submit.</summary>
public sealed class ProjectFormModel
{
    public string Title { get; set; } = "";
    public string Summary { get; set; } = "";
    public string Description { get; set; } = "";
    public List<Theme> Themes { get; set; } = [];
    public List<string> Countries { get; set; } = [];
    public List<string> Regions { get; set; } = [];
    public ProjectStage Stage { get; set; } = ProjectStage.Idea;

    /// <summary>Chosen partner organisations, with their names for the chips.</summary>
    public List<NamedLink> Partners { get; set; } = [];

    /// <summary>Chosen contact members, with their names for the chips.</summary>
    public List<NamedLink> Contacts { get; set; } = [];

    public DateTime? StartDate { get; set; }
    public DateTime? EndDate { get; set; }
    public List<string> Links { get; set; } = [];
    public LookingFor LookingFor { get; set; }
    public Dictionary<ImpactKind, double?> ImpactValues { get; } = Enum.GetValues<ImpactKind>().ToDictionary(k => k, _ => (double?)null);
    public Dictionary<ImpactKind, string?> ImpactEvidence { get; } = Enum.GetValues<ImpactKind>().ToDictionary(k => k, _ => (string?)null);
    public Guid? Version { get; set; }

    /// <summary>The stored input plus the names the page shows for its partners and contacts.</summary>
    public static ProjectFormModel From(ProjectInput input, ProjectView view)
    {
        var form = new ProjectFormModel
        {
            Title = input.Title,
            Summary = input.Summary,
            Description = input.Description,
            Themes = [.. input.Themes],
            Countries = [.. input.Countries],
            Regions = [.. input.Regions],
            Stage = input.Stage,
            Partners = [.. view.Partners],
            Contacts = [.. view.Contacts],
            StartDate = input.StartDate?.ToDateTime(TimeOnly.MinValue),
            EndDate = input.EndDate?.ToDateTime(TimeOnly.MinValue),
            Links = [.. input.Links],
            LookingFor = input.LookingFor,
            Version = input.ExpectedVersion,
        };
        foreach (var figure in input.Impact)
        {
            form.ImpactValues[figure.Kind] = figure.Value;
            form.ImpactEvidence[figure.Kind] = figure.EvidenceUrl;
        }

        return form;
    }

    /// <summary>Empty link boxes and empty impact figures are left out; everything else goes to the domain to judge.</summary>
    public ProjectInput ToInput(Guid creationId) => new(
        creationId,
        Title ?? "",
        Summary ?? "",
        Description ?? "",
        Themes,
        Countries,
        Regions.Where(r => Countries.Any(c => Domain.Common.Regions.IsRegionOf(r, c))).ToList(),
        Stage,
        Partners.Select(p => int.Parse(p.Id, System.Globalization.CultureInfo.InvariantCulture)).ToList(),
        Contacts.Select(c => c.Id).ToList(),
        StartDate is { } start ? DateOnly.FromDateTime(start) : null,
        EndDate is { } end ? DateOnly.FromDateTime(end) : null,
        Links.Where(l => !string.IsNullOrWhiteSpace(l)).ToList(),
        LookingFor,
        ImpactValues.Where(v => v.Value is not null).Select(v => new ImpactFigure(v.Key, v.Value!.Value, ImpactEvidence[v.Key])).ToList(),
        Version);
}
