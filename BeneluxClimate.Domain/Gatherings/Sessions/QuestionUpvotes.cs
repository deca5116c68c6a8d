using BeneluxClimate.Domain.Live;

namespace BeneluxClimate.Domain.Gatherings.Sessions;

/// <summary>The payload of <see cref="SessionEvents.UpvotesChanged"/>: the question's count after the upvote.</summary>
[LivePayload]
public sealed record QuestionUpvotes(long QuestionId, int Count);
