using BeneluxClimate.Domain.Common;

namespace BeneluxClimate.Domain.Showcase;

/// <summary>What a project's editors fill in. <see cref="CreationId"/> makes a repeated create command create one project.</summary>
public sealed record ProjectInput(
    Guid CreationId,
    string Title,
    string Summary,
    string Description,
    IReadOnlyList<Theme> Themes,
    IReadOnlyList<string> Countries,
    IReadOnlyList<string> Regions,
    ProjectStage Stage,
    IReadOnlyList<int> PartnerOrganisationIds,
    IReadOnlyList<string> ContactMemberIds,
    DateOnly? StartDate,
    DateOnly? EndDate,
    IReadOnlyList<string> Links,
    LookingFor LookingFor,
    IReadOnlyList<ImpactFigure> Impact,
    Guid? ExpectedVersion = null);
