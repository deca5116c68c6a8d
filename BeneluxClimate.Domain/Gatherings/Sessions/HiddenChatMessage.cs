namespace BeneluxClimate.Domain.Gatherings.Sessions;

/// <summary>The payload of <see cref="SessionEvents.ChatHidden"/>.</summary>
public sealed record HiddenChatMessage(long MessageId);
