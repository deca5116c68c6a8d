namespace BeneluxClimate.Domain.Moderation;

/// <summary>One line of the audit log: a moderation action or a role change, with names resolved.</summary>
/// <param name="What">The action kind's name (a <see cref="ModerationActionKind"/>, or RoleGranted / RoleRevoked).</param>
public sealed record AuditEntry(
    DateTimeOffset AtUtc,
    string What,
    string Who,
    bool Automatic,
    string Item,
    string Subject,
    string? Reason,
    string Statement);
