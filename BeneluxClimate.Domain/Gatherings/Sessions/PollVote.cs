namespace BeneluxClimate.Domain.Gatherings.Sessions;

/// <summary>One chosen option of a member's ballot (unique per poll, member and option).</summary>
public sealed class PollVote
{
    public long Id { get; private set; }
    public long PollId { get; set; }
    public long OptionId { get; set; }
    public string MemberId { get; set; } = "";
    public DateTimeOffset VotedAtUtc { get; set; }
}
