namespace BeneluxClimate.Domain.Gatherings;

/// <summary>
/// A member's place at an event. A cancelled registration keeps its row, so the database's one-row-per-member
/// rule holds and registering again reuses it.
/// </summary>
public enum RegistrationStatus
{
    Registered,
    Waitlisted,
    Cancelled,
}
