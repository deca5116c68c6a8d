namespace BeneluxClimate.Domain.Gatherings.Sessions;

/// <summary>One answer of a poll with its votes.</summary>
public sealed record PollOptionView(long Id, string Text, int Votes);
