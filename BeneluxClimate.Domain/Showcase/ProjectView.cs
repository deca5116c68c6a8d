using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Live;

namespace BeneluxClimate.Domain.Showcase;

/// <summary>A project page's content, the same for every viewer who may see it; carried by live events.</summary>
[LivePayload]
public sealed record ProjectView(
    int Id,
    string Title,
    string Summary,
    string DescriptionHtml,
    IReadOnlyList<Theme> Themes,
    IReadOnlyList<string> Countries,
    IReadOnlyList<string> Regions,
    ProjectStage Stage,
    ProjectStatus Status,
    bool IsHidden,
    NamedLink LeadOrganisation,
    IReadOnlyList<NamedLink> Partners,
    IReadOnlyList<NamedLink> Contacts,
    DateOnly? StartDate,
    DateOnly? EndDate,
    IReadOnlyList<string> Links,
    LookingFor LookingFor,
    IReadOnlyList<ImpactFigure> Impact,
    int FollowerCount,
    DateTimeOffset UpdatedAtUtc,
    Guid Version)
{
    public bool IsCrossBorder => Countries.Count >= 2;

    public bool IsOnBoard => Status == ProjectStatus.Published && !IsHidden;
}
