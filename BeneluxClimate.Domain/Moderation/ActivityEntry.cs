namespace BeneluxClimate.Domain.Moderation;

/// <summary>One line of the moderators' activity feed, written when the thing happened.</summary>
public sealed class ActivityEntry
{
    public const int SubjectMaxLength = 200;

    public long Id { get; private set; }

    /// <summary>The feed topic's number, so open feeds notice a gap and reload.</summary>
    public long Sequence { get; set; }

    public ActivityKind Kind { get; set; }
    public string? ActorId { get; set; }
    public string ActorName { get; set; } = "";
    public string Subject { get; set; } = "";
    public string Link { get; set; } = "";

    /// <summary>The countries involved, as a <see cref="Common.CountryKey"/>.</summary>
    public string CountryKey { get; set; } = " ";

    public int ThemeMask { get; set; }

    /// <summary>Set on comments posted to a discussion that is unusually busy right now.</summary>
    public bool IsBusy { get; set; }

    public DateTimeOffset AtUtc { get; set; }
}
