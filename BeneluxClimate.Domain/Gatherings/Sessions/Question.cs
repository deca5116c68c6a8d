namespace BeneluxClimate.Domain.Gatherings.Sessions;

/// <summary>A question asked in an event's live session room. <see cref="UpvoteCount"/> is kept on the row by the service.</summary>
public sealed class Question : IRoomLine
{
    public const int TextMaxLength = 500;

    public long Id { get; private set; }
    public int GatheringId { get; set; }
    public string AuthorId { get; set; } = "";

    /// <summary>The asking client's id: a retried send stores one question.</summary>
    public Guid ClientId { get; set; }

    public string Text { get; set; } = "";
    public DateTimeOffset CreatedAtUtc { get; set; }
    public int UpvoteCount { get; set; }
    public bool IsAnswered { get; set; }
    public bool IsHidden { get; set; }
}
