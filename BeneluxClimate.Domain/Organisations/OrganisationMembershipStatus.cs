namespace BeneluxClimate.Domain.Organisations;

public enum OrganisationMembershipStatus
{
    Pending,
    Active,
}
