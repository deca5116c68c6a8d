namespace BeneluxClimate.Domain.Gatherings.Sessions;

/// <summary>
/// That a member voted in a poll (unique per poll and member, enforced by the database): the first ballot counts,
/// a second vote changes nothing, whichever of two concurrent votes commits first wins.
/// </summary>
public sealed class PollBallot
{
    public long Id { get; private set; }
    public long PollId { get; set; }
    public string MemberId { get; set; } = "";
    public DateTimeOffset VotedAtUtc { get; set; }
}
