using BeneluxClimate.Domain.Common;

namespace BeneluxClimate.Domain.Gatherings.Sessions;

/// <summary>The outcome of a chat send: the stored line, or why not and, when the pace held it back, when to send again.</summary>
public sealed record ChatPosting(CommandResult Result, ChatMessageView? Message, DateTimeOffset? RetryAfterUtc = null, bool Duplicate = false);
