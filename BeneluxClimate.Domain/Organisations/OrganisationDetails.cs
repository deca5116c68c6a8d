using BeneluxClimate.Domain.Common;

namespace BeneluxClimate.Domain.Organisations;

/// <summary>An organisation's page as one viewer may see it: members they may see, requests only for its admins.</summary>
public sealed record OrganisationDetails(
    int Id,
    string Name,
    ActorType Type,
    string CountryCode,
    string? Website,
    string Description,
    string DescriptionHtml,
    string RegistryNumber,
    Guid Version,
    IReadOnlyList<OrganisationMember> Members,
    IReadOnlyList<JoinRequest> PendingRequests,
    ViewerMembership? Viewer,
    bool ViewerSignedIn)
{
    public bool ViewerIsAdmin => Viewer is { Status: OrganisationMembershipStatus.Active, IsAdmin: true } v && v.OrganisationId == Id;

    public bool ViewerIsMember => Viewer is { Status: OrganisationMembershipStatus.Active } v && v.OrganisationId == Id;

    public bool ViewerIsPending => Viewer is { Status: OrganisationMembershipStatus.Pending } v && v.OrganisationId == Id;

    /// <summary>Signed in and in no organisation yet (not even pending): may ask to join.</summary>
    public bool ViewerMayRequest => ViewerSignedIn && Viewer is null;
}
