namespace BeneluxClimate.Domain.Organisations;

/// <summary>A member's tie to an organisation: one per member, pending until an organisation admin accepts it.</summary>
public sealed class OrganisationMembership
{
    public long Id { get; private set; }
    public int OrganisationId { get; set; }
    public string UserId { get; set; } = "";
    public bool IsAdmin { get; set; }
    public OrganisationMembershipStatus Status { get; set; }
    public DateTimeOffset RequestedAtUtc { get; set; }
    public DateTimeOffset? DecidedAtUtc { get; set; }
}
