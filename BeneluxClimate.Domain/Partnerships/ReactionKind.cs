namespace BeneluxClimate.Domain.Partnerships;

/// <summary>The fixed set of reactions to a comment.</summary>
public enum ReactionKind
{
    Agree,
    Insightful,
    Celebrate,
    Question,
}
