namespace BeneluxClimate.Domain.Gatherings.Sessions;

/// <summary>The payload of <see cref="SessionEvents.QuestionAnswered"/> and <see cref="SessionEvents.QuestionHidden"/>.</summary>
public sealed record QuestionFlags(long QuestionId, bool IsAnswered, bool IsHidden);
