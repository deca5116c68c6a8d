using BeneluxClimate.Domain.Live;

namespace BeneluxClimate.Domain.Gatherings.Sessions;

/// <summary>The payload of <see cref="SessionEvents.QuestionAnswered"/> and <see cref="SessionEvents.QuestionHidden"/>.</summary>
[LivePayload]
public sealed record QuestionFlags(long QuestionId, bool IsAnswered, bool IsHidden);
