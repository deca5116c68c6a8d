using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Partnerships;

namespace BeneluxClimate.Domain.Gatherings.Sessions;

/// <summary>A question as the room shows it; also the payload of <see cref="SessionEvents.QuestionAsked"/>.</summary>
[LivePayload]
public sealed record QuestionView(long Id, int GatheringId, MemberRef Author, string Text, DateTimeOffset CreatedAtUtc, int Upvotes, bool IsAnswered, bool IsHidden);
