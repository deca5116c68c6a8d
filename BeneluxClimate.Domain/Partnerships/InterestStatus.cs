namespace BeneluxClimate.Domain.Partnerships;

/// <summary>An expression of interest, until the proposal's author accepts it (a partner) or declines it.</summary>
public enum InterestStatus
{
    Pending,
    Accepted,
    Declined,
}
