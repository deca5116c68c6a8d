namespace BeneluxClimate.Domain.Live;

/// <summary>
/// Something that changed on a topic, published after the commit. <see cref="Payload"/> is an immutable
/// record carrying what viewers need to show the change, so applying it never needs a query.
/// </summary>
/// <param name="Sequence">The topic's number, assigned in the write transaction; null for ephemeral events (presence, typing).</param>
public sealed record LiveEvent(
    string Topic,
    long? Sequence,
    string Kind,
    object Payload,
    Audience Audience,
    DateTimeOffset OccurredAtUtc)
{
    /// <summary>Refuses a payload that could not be relayed to other nodes (see <see cref="LivePayloads"/>).</summary>
    public object Payload { get; init; } = Payload is not null && LivePayloads.IsAllowed(Payload.GetType())
        ? Payload
        : throw new ArgumentException($"{Payload?.GetType().ToString() ?? "null"} is not a live payload type: mark it [LivePayload].", nameof(Payload));

    public bool IsEphemeral => Sequence is null;
}
