namespace BeneluxClimate.Domain.Showcase;

/// <summary>The topic numbers one project change took inside its write transaction (null: that topic is not affected).</summary>
internal sealed record ShowcaseSequences(long Project, long? Board, long? Impact);
