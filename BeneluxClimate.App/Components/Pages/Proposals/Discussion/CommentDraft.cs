namespace BeneluxClimate.App.Components.Pages.Proposals.Discussion;

/// <summary>An unsent comment as kept in the browser: its text, the client id it will be sent with, and what it replies to.</summary>
public sealed record CommentDraft(string Text, Guid ClientId, long? ParentId);
