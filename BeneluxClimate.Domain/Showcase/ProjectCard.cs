using BeneluxClimate.Domain.Common;

namespace BeneluxClimate.Domain.Showcase;

/// <summary>A project as the board shows it; carried by live events, so viewers never query to show a change.</summary>
public sealed record ProjectCard(
    int Id,
    string Title,
    string Summary,
    ProjectStage Stage,
    int LeadOrganisationId,
    string LeadOrganisationName,
    IReadOnlyList<string> Countries,
    IReadOnlyList<Theme> Themes,
    LookingFor LookingFor,
    IReadOnlyList<string> ContactMemberIds,
    DateTimeOffset UpdatedAtUtc,
    string SearchText)
{
    public bool IsCrossBorder => Countries.Count >= 2;

    /// <summary>Whether this viewer may edit the project: a member of its lead organisation or one of its contacts.</summary>
    public bool IsEditableBy(string? userId, int? organisationId) =>
        userId is not null && (organisationId == LeadOrganisationId || ContactMemberIds.Contains(userId));
}
