using BeneluxClimate.Domain.Partnerships;

namespace BeneluxClimate.Domain.Gatherings.Sessions;

/// <summary>A line of a session room's chat: plain text, with the same length limit as a comment.</summary>
public sealed class ChatMessage : IRoomLine
{
    public const int TextMaxLength = Proposal.BodyMaxLength;

    public long Id { get; private set; }
    public int GatheringId { get; set; }
    public string AuthorId { get; set; } = "";
    public Guid ClientId { get; set; }
    public string Text { get; set; } = "";
    public DateTimeOffset CreatedAtUtc { get; set; }
    public bool IsHidden { get; set; }
}
