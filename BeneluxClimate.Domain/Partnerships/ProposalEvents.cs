namespace BeneluxClimate.Domain.Partnerships;

/// <summary>The kinds of live events about proposals, so publishers and viewers agree on them.</summary>
public static class ProposalEvents
{
    /// <summary>On the list topic: a new <see cref="ProposalCard"/>.</summary>
    public const string ProposalPublished = "ProposalPublished";

    /// <summary>On the list topic: the changed <see cref="ProposalCard"/>; on a proposal's topic: its new <see cref="ProposalView"/>.</summary>
    public const string ProposalChanged = "ProposalChanged";

    /// <summary>On both topics: the proposal was hidden by a moderator; the payload is its id.</summary>
    public const string ProposalWithdrawn = "ProposalWithdrawn";

    /// <summary>On a proposal's topic: a new <see cref="CommentView"/>.</summary>
    public const string CommentPosted = "CommentPosted";

    /// <summary>On a proposal's topic: an edited, removed, hidden or reacted-to <see cref="CommentView"/>.</summary>
    public const string CommentChanged = "CommentChanged";

    /// <summary>Ephemeral, on a proposal's topic: how many people are viewing it.</summary>
    public const string Presence = "Presence";

    /// <summary>Ephemeral, on a proposal's topic: who is typing.</summary>
    public const string Typing = "Typing";
}
