namespace BeneluxClimate.Domain.Gatherings.Sessions;

/// <summary>One answer of a poll with its vote counter.</summary>
public sealed class PollOption
{
    public const int TextMaxLength = 120;

    public long Id { get; private set; }
    public long PollId { get; set; }
    public int Position { get; set; }
    public string Text { get; set; } = "";
    public int VoteCount { get; set; }
}
