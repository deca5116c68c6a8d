using BeneluxClimate.Domain.Live;

namespace BeneluxClimate.App.Live;

/// <summary>The payload of an ephemeral <c>ProposalEvents.Typing</c> event: this member is writing a comment.</summary>
[LivePayload]
public sealed record TypingNotice(string UserId, string Name);
