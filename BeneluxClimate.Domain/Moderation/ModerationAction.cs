namespace BeneluxClimate.Domain.Moderation;

/// <summary>
/// One entry of the audit log: who did what to which item or member, when, and why. Hides keep their statement of
/// reasons here, which the author sees next to the hidden item.
/// </summary>
public sealed class ModerationAction
{
    public const int StatementMaxLength = 1_000;

    public long Id { get; private set; }
    public ModerationActionKind Kind { get; set; }
    public ReportTarget? TargetKind { get; set; }
    public long? TargetId { get; set; }

    /// <summary>The profile's user id for actions on profiles; empty otherwise (see <see cref="TargetRef"/>).</summary>
    public string TargetKey { get; set; } = "";

    /// <summary>The item acted on, or null for actions on members (suspend, ban, reinstate).</summary>
    public TargetRef? Target => TargetKind is { } kind ? new(kind, TargetId ?? 0, TargetKey) : null;

    /// <summary>The member the action concerns: the item's author, or the suspended member.</summary>
    public string? SubjectUserId { get; set; }

    /// <summary>Null when the report threshold acted on its own.</summary>
    public string? ModeratorId { get; set; }

    public ReportReason? Reason { get; set; }
    public string Statement { get; set; } = "";

    /// <summary>A short title of the item at the time, so the log reads well after the item changed or went.</summary>
    public string Subject { get; set; } = "";

    public int? Seconds { get; set; }
    public DateTimeOffset? UntilUtc { get; set; }
    public DateTimeOffset AtUtc { get; set; }

    public bool IsAutomatic => ModeratorId is null;

    /// <summary>An action on an item, by <paramref name="moderatorId"/> (null: the report threshold), about its author.</summary>
    internal static ModerationAction On(ModerationActionKind kind, TargetRef target, string? subjectUserId, string? moderatorId, string subject,
        DateTimeOffset now, string statement = "", ReportReason? reason = null) => new()
        {
            Kind = kind,
            TargetKind = target.Kind,
            TargetId = target.Id,
            TargetKey = target.Key,
            SubjectUserId = subjectUserId,
            ModeratorId = moderatorId,
            Reason = reason,
            Statement = statement,
            Subject = ModerationText.Subject(subject),
            AtUtc = now,
        };

    /// <summary>A hide of <paramref name="target"/>: by a moderator or host, or by the report threshold (no one).</summary>
    internal static ModerationAction HideOf(TargetRef target, TargetState state, string? hiddenBy, ReportReason reason, DateTimeOffset now) =>
        On(ModerationActionKind.Hide, target, state.AuthorId, hiddenBy, state.Subject, now, reason: reason);
}
