namespace BeneluxClimate.Domain.Gatherings.Sessions;

/// <summary>What a question and a chat line share: one member's text in one room, sent once per client id.</summary>
public interface IRoomLine
{
    long Id { get; }
    int GatheringId { get; set; }
    string AuthorId { get; set; }
    Guid ClientId { get; set; }
    string Text { get; set; }
    DateTimeOffset CreatedAtUtc { get; set; }
}
