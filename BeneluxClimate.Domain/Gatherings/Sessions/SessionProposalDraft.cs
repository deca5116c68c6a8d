namespace BeneluxClimate.Domain.Gatherings.Sessions;

/// <summary>A partnership proposal's first title, summary and body (Markdown), prefilled from a session summary.</summary>
public sealed record SessionProposalDraft(string Title, string Summary, string Body);
