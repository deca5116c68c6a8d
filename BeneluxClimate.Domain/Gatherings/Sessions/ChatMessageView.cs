using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Partnerships;

namespace BeneluxClimate.Domain.Gatherings.Sessions;

/// <summary>A chat line as the room shows it; the payload of <see cref="SessionEvents.ChatPosted"/>.</summary>
[LivePayload]
public sealed record ChatMessageView(long Id, int GatheringId, Guid ClientId, MemberRef Author, string Text, DateTimeOffset CreatedAtUtc, bool IsHidden);
