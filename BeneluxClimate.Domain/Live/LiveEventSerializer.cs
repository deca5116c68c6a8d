using System.Text.Json;
using System.Text.Json.Serialization;

namespace BeneluxClimate.Domain.Live;

/// <summary>
/// Writes a live event for another node and reads it back. The payload's type travels by name and is resolved only
/// among the types <see cref="LivePayloads"/> allows.
/// </summary>
public static class LiveEventSerializer
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static byte[] Serialize(LiveEvent liveEvent, string node)
    {
        var payloadType = liveEvent.Payload.GetType();
        var envelope = new Envelope(
            node,
            liveEvent.Topic,
            liveEvent.Sequence,
            liveEvent.Kind,
            LivePayloads.NameOf(payloadType),
            JsonSerializer.SerializeToElement(liveEvent.Payload, payloadType, Options),
            liveEvent.Audience.Kind,
            [.. liveEvent.Audience.MemberIds.Order(StringComparer.Ordinal)],
            liveEvent.OccurredAtUtc);
        return JsonSerializer.SerializeToUtf8Bytes(envelope, Options);
    }

    /// <summary>The event and the node that sent it; throws <see cref="JsonException"/> for a message it cannot read.</summary>
    public static (LiveEvent Event, string Node) Deserialize(ReadOnlySpan<byte> message)
    {
        var envelope = JsonSerializer.Deserialize<Envelope>(message, Options) ?? throw new JsonException("An empty live event.");
        var payloadType = LivePayloads.Resolve(envelope.PayloadType)
            ?? throw new JsonException($"'{envelope.PayloadType}' is not a live payload type.");
        var payload = envelope.Payload.Deserialize(payloadType, Options) ?? throw new JsonException("A live event without a payload.");
        var audience = envelope.AudienceKind switch
        {
            AudienceKind.Public => Audience.Public,
            AudienceKind.Members => Audience.Members,
            AudienceKind.Moderators => Audience.Moderators,
            AudienceKind.Named => Audience.Named(envelope.AudienceMemberIds),
            _ => throw new JsonException($"Unknown audience {envelope.AudienceKind}."),
        };
        return (new LiveEvent(envelope.Topic, envelope.Sequence, envelope.Kind, payload, audience, envelope.OccurredAtUtc), envelope.Node);
    }

    private sealed record Envelope(
        string Node,
        string Topic,
        long? Sequence,
        string Kind,
        string PayloadType,
        JsonElement Payload,
        AudienceKind AudienceKind,
        string[] AudienceMemberIds,
        DateTimeOffset OccurredAtUtc);
}
