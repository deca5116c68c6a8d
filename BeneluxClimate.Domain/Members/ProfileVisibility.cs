namespace BeneluxClimate.Domain.Members;

/// <summary>Who may see a member's profile.</summary>
public enum ProfileVisibility
{
    MembersOnly,
    Public,
}
