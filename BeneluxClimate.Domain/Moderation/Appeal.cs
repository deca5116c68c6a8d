namespace BeneluxClimate.Domain.Moderation;

/// <summary>An author's one appeal against a hide; another moderator decides it.</summary>
public sealed class Appeal
{
    public const int TextMaxLength = 2_000;

    public long Id { get; private set; }
    public long ActionId { get; set; }
    public string AppellantId { get; set; } = "";
    public string Text { get; set; } = "";
    public DateTimeOffset CreatedAtUtc { get; set; }
    public string? DeciderId { get; set; }
    public bool? Upheld { get; set; }
    public string DecisionNote { get; set; } = "";
    public DateTimeOffset? DecidedAtUtc { get; set; }
}
