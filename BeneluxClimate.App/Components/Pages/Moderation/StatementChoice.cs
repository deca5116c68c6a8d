using BeneluxClimate.Domain.Moderation;

namespace BeneluxClimate.App.Components.Pages.Moderation;

/// <summary>What a moderator entered in the <see cref="StatementDialog"/>.</summary>
public sealed record StatementChoice(ReportReason Reason, string Statement);
