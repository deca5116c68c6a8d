using BeneluxClimate.Domain.Common;

namespace BeneluxClimate.Domain.Gatherings.Sessions;

/// <summary>The outcome of a chat send: the stored line, or why not.</summary>
public sealed record ChatPosting(CommandResult Result, ChatMessageView? Message);
