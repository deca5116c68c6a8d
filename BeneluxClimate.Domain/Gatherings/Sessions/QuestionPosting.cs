using BeneluxClimate.Domain.Common;

namespace BeneluxClimate.Domain.Gatherings.Sessions;

/// <summary>The outcome of asking a question: the stored question, or why not.</summary>
public sealed record QuestionPosting(CommandResult Result, QuestionView? Question);
