using System.Text;
using BeneluxClimate.App.Live;
using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Partnerships;

namespace BeneluxClimate.Tests.Domain.Live;

public sealed class LiveEventSerializerTests
{
    public static TheoryData<string> PayloadTypes => [.. LivePayloadSamples.AllTypes.Select(t => t.FullName!)];

    [Fact]
    public void Finds_the_payload_types_the_app_publishes()
    {
        var names = LivePayloadSamples.AllTypes.Select(t => t.Name).ToHashSet();

        Assert.True(names.Count >= 25, $"Only {names.Count} payload types found.");
        Assert.Superset(new HashSet<string> { nameof(CommentView), nameof(TypingNotice), nameof(PresenceCount), "ImpactSnapshot", "TargetRef" }, names);
    }

    [Theory]
    [MemberData(nameof(PayloadTypes))]
    public void Every_payload_type_travels_to_another_node_unchanged(string typeName)
    {
        var type = LivePayloadSamples.AllTypes.Single(t => t.FullName == typeName);
        var sent = Event(LivePayloadSamples.Of(type));

        var (received, node) = LiveEventSerializer.Deserialize(LiveEventSerializer.Serialize(sent, "node-a"));

        Assert.Equal("node-a", node);
        Assert.IsType(type, received.Payload);
        // Written again, the received event reads the same: nothing the sample carried was lost on the way.
        Assert.Equal(Text(sent), Text(received));
    }

    [Theory]
    [InlineData("text")]
    [InlineData(42)]
    [InlineData(8_000_000_000L)]
    public void Bare_ids_and_counts_travel_as_themselves(object payload)
    {
        var (received, _) = LiveEventSerializer.Deserialize(LiveEventSerializer.Serialize(Event(payload), "node-a"));

        Assert.Equal(payload, received.Payload);
        Assert.Equal(payload.GetType(), received.Payload.GetType());
    }

    [Fact]
    public void Every_audience_and_the_event_fields_travel()
    {
        foreach (var audience in new[] { Audience.Public, Audience.Members, Audience.Moderators, Audience.Named("u1", "u2") })
        {
            var sent = Event(new TypingNotice("u1", "Ada"), audience, sequence: null);

            var (received, _) = LiveEventSerializer.Deserialize(LiveEventSerializer.Serialize(sent, "node-a"));

            Assert.Equal(sent, received);
            Assert.True(received.IsEphemeral);
        }
    }

    [Theory]
    [InlineData("System.Private.CoreLib:System.IO.FileInfo")]
    [InlineData("BeneluxClimate.Domain:BeneluxClimate.Domain.Live.LiveOptions")]
    [InlineData("Some.Plugin:Some.Plugin.Gadget")]
    [InlineData("BeneluxClimate.Domain.Live.LiveOptions")]
    public void A_message_naming_any_other_type_is_refused(string payloadType)
    {
        var message = Encoding.UTF8.GetString(LiveEventSerializer.Serialize(Event(7), "node-a"))
            .Replace("System.Private.CoreLib:System.Int32", payloadType, StringComparison.Ordinal);

        Assert.Throws<System.Text.Json.JsonException>(() => LiveEventSerializer.Deserialize(Encoding.UTF8.GetBytes(message)));
    }

    [Fact]
    public void An_event_refuses_a_payload_that_could_not_travel()
    {
        Assert.Throws<ArgumentException>(() => Event(new LiveOptions()));
        Assert.Throws<ArgumentException>(() => Event(Guid.NewGuid()));
    }

    private static LiveEvent Event(object payload, Audience? audience = null, long? sequence = 12) =>
        new("proposal:3", sequence, "Kind", payload, audience ?? Audience.Named("member-1"), new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.FromHours(1)));

    private static string Text(LiveEvent liveEvent) => Encoding.UTF8.GetString(LiveEventSerializer.Serialize(liveEvent, "node-a"));
}
