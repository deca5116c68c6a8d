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
    public bool IsEphemeral => Sequence is null;
}
