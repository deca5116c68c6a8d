namespace BeneluxClimate.Domain.Moderation;

/// <summary>
/// What the author of a hidden item is told: what was hidden, why, on which ground, automatically or by whom, and where their appeal stands.
/// </summary>
/// <param name="ByHost">Hidden by a host of the session room (a question or chat line), not by a moderator.</param>
public sealed record HiddenStatement(
    long ActionId,
    ReportReason? Reason,
    string Statement,
    bool Automatic,
    string? ModeratorName,
    bool ByHost,
    DateTimeOffset AtUtc,
    bool CanAppeal,
    bool? AppealUpheld,
    bool AppealPending);
