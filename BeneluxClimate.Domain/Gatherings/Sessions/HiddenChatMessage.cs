using BeneluxClimate.Domain.Live;

namespace BeneluxClimate.Domain.Gatherings.Sessions;

/// <summary>The payload of <see cref="SessionEvents.ChatHidden"/>.</summary>
[LivePayload]
public sealed record HiddenChatMessage(long MessageId);
