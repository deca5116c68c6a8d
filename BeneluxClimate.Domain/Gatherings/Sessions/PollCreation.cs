using BeneluxClimate.Domain.Common;

namespace BeneluxClimate.Domain.Gatherings.Sessions;

/// <summary>The outcome of preparing a poll.</summary>
public sealed record PollCreation(CommandResult Result, PollView? Poll);
