namespace BeneluxClimate.Domain.Gatherings.Sessions;

/// <summary>A poll is prepared by a host (draft, hosts only), opened for votes, then closed with its results.</summary>
public enum PollState
{
    Draft,
    Open,
    Closed,
}
