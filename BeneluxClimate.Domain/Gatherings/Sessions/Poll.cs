namespace BeneluxClimate.Domain.Gatherings.Sessions;

/// <summary>A poll in a session room. <see cref="VoterCount"/> and the options' counts are kept on the rows by the service.</summary>
public sealed class Poll
{
    public const int QuestionMaxLength = 300;
    public const int MinOptions = 2;
    public const int MaxOptions = 8;

    public long Id { get; private set; }
    public int GatheringId { get; set; }
    public string CreatedById { get; set; } = "";
    public Guid ClientId { get; set; }
    public string Question { get; set; } = "";
    public PollKind Kind { get; set; }
    public PollState State { get; set; }
    public DateTimeOffset CreatedAtUtc { get; set; }
    public DateTimeOffset? OpenedAtUtc { get; set; }
    public DateTimeOffset? ClosedAtUtc { get; set; }

    /// <summary>How many attendees voted (a multiple-choice voter counts once).</summary>
    public int VoterCount { get; set; }

    public List<PollOption> Options { get; set; } = [];
}
