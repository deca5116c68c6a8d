using BeneluxClimate.Domain.Live;

namespace BeneluxClimate.Domain.Gatherings.Sessions;

/// <summary>A poll with its counts, as the room and the summary show it; the payload of every poll event.</summary>
[LivePayload]
public sealed record PollView(long Id, int GatheringId, string Question, PollKind Kind, PollState State, int VoterCount, IReadOnlyList<PollOptionView> Options)
{
    /// <summary>The share of voters (0–100) who chose this option; for multiple choice the shares add up to more than 100.</summary>
    public double Percent(PollOptionView option) => VoterCount == 0 ? 0 : Math.Round(100.0 * option.Votes / VoterCount, 1);
}
