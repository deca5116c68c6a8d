namespace BeneluxClimate.Domain.Organisations;

/// <summary>The viewer's own tie to an organisation (one per member).</summary>
public sealed record ViewerMembership(long MembershipId, int OrganisationId, string OrganisationName, OrganisationMembershipStatus Status, bool IsAdmin);
