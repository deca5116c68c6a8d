namespace BeneluxClimate.Domain.Security;

/// <summary>A record of one role granted or revoked: who, to whom, which role, when.</summary>
public sealed class RoleChange
{
    private RoleChange()
    {
    }

    public RoleChange(string targetUserId, string role, bool granted, string changedByUserId, DateTimeOffset atUtc)
    {
        TargetUserId = targetUserId;
        Role = role;
        Granted = granted;
        ChangedByUserId = changedByUserId;
        AtUtc = atUtc;
    }

    public long Id { get; private set; }
    public string TargetUserId { get; private set; } = "";
    public string Role { get; private set; } = "";
    public bool Granted { get; private set; }
    /// <summary>Null once the admin who made the change has deleted their account.</summary>
    public string? ChangedByUserId { get; private set; }
    public DateTimeOffset AtUtc { get; private set; }
}
