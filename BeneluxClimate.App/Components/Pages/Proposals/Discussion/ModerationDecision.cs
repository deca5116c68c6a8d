using BeneluxClimate.Domain.Moderation;

namespace BeneluxClimate.App.Components.Pages.Proposals.Discussion;

/// <summary>What a moderator filled in: the ground (for a hide) and the statement of reasons.</summary>
public sealed record ModerationDecision(ReportReason? Reason, string Statement);
