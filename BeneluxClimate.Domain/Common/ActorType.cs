namespace BeneluxClimate.Domain.Common;

/// <summary>The kind of organisation or role a member acts for in the network.</summary>
public enum ActorType
{
    Research,
    Business,
    Government,
    Youth,
    NGO,
    Citizen,
}
