namespace BeneluxClimate.Domain.Gatherings.Sessions;

/// <summary>A host's new poll: its question, kind and answers, with the client's id against double sends.</summary>
public sealed record PollInput(Guid ClientId, string? Question, PollKind Kind, IReadOnlyList<string> Options);
