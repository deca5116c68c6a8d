namespace BeneluxClimate.Domain.Moderation;

/// <summary>
/// What <see cref="ModerationRecorder"/> writes and announces for one moderation step.
/// </summary>
/// <param name="EventName">The hint pushed on the moderation queue topic after the commit.</param>
/// <param name="Payload">What the hint carries (the item, the member's id, the action's id).</param>
/// <param name="Activities">Lines for the moderators' feed, recorded after the commit.</param>
internal sealed record ModerationRecord(string EventName, object Payload, IReadOnlyList<ActivityRecord> Activities)
{
    /// <summary>The audit-log entry, or null when the step writes none (an appeal, a report below the threshold).</summary>
    public ModerationAction? Action { get; init; }

    /// <summary>The item to hide (true) or restore (false); null leaves it as it is.</summary>
    public (TargetRef Target, bool Hidden)? Visibility { get; init; }

    /// <summary>What else to publish after the commit (a changed discussion), before the queue hint.</summary>
    public Func<Task>? Publish { get; init; }
}
