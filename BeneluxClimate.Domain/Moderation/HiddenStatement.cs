namespace BeneluxClimate.Domain.Moderation;

/// <summary>What the author of a hidden item is told: what was hidden, why, on which ground, automatically or by whom, and where their appeal stands.</summary>
public sealed record HiddenStatement(
    long ActionId,
    ReportReason? Reason,
    string Statement,
    bool Automatic,
    string? ModeratorName,
    DateTimeOffset AtUtc,
    bool CanAppeal,
    bool? AppealUpheld,
    bool AppealPending);
