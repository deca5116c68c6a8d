namespace BeneluxClimate.Tests.Domain.Security.Authorization;

/// <summary>The seven roles every row of the matrix is checked against.</summary>
public enum AuthorizationRole
{
    Anonymous,
    Member,
    OtherMember,
    OrganisationAdmin,
    EventHost,
    Moderator,
    Admin,
}
