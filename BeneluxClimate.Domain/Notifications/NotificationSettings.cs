namespace BeneluxClimate.Domain.Notifications;

/// <summary>The notification kinds a member switched off, as bits of <see cref="NotificationKind"/> (none by default).</summary>
public sealed class NotificationSettings
{
    public string UserId { get; set; } = "";
    public int DisabledMask { get; set; }

    public static int Bit(NotificationKind kind) => 1 << (int)kind;
}
