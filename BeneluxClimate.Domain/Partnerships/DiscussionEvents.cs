namespace BeneluxClimate.Domain.Partnerships;

/// <summary>The kinds of live events on a proposal's topic besides the proposal's own changes.</summary>
public static class DiscussionEvents
{
    public const string CommentPosted = "CommentPosted";
    public const string CommentChanged = "CommentChanged";
    public const string InterestChanged = "InterestChanged";
    public const string Presence = "Presence";
    public const string Typing = "Typing";
}
