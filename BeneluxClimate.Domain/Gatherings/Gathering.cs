using BeneluxClimate.Domain.Common;

namespace BeneluxClimate.Domain.Gatherings;

/// <summary>
/// An event of the network (named gathering because <c>event</c> is a C# keyword). Times are stored in UTC and
/// entered and shown in Europe/Brussels. Seat counters are kept on the row by the registration service, so lists
/// never count registrations per event.
/// </summary>
public sealed class Gathering
{
    public const int TitleMaxLength = 140;
    public const int DescriptionMaxLength = 20_000;
    public const int VenueNameMaxLength = 200;
    public const int VenueAddressMaxLength = 400;
    public const int LinkMaxLength = 300;
    public const int MaxCapacity = 100_000;
    public const int MaxCoHosts = 10;
    public const int MaxLanguages = 6;

    private List<Theme> themes = [];
    private List<string> languages = [];

    public int Id { get; private set; }
    public Guid CreationId { get; set; }
    public string HostId { get; set; } = "";
    public List<string> CoHostIds { get; set; } = [];
    public string Title { get; set; } = "";
    public string Description { get; set; } = "";
    public string DescriptionHtml { get; set; } = "";
    public GatheringFormat Format { get; set; }
    public DateTimeOffset StartsAtUtc { get; set; }
    public DateTimeOffset EndsAtUtc { get; set; }
    public string? VenueName { get; set; }
    public string? VenueAddress { get; set; }

    /// <summary>The venue's country (ISO code); null for a virtual event.</summary>
    public string? VenueCountryCode { get; set; }

    /// <summary>The online meeting link: shown to registered attendees and hosts only.</summary>
    public string? MeetingUrl { get; set; }

    /// <summary>Seats; null means no limit.</summary>
    public int? Capacity { get; set; }

    public DateTimeOffset? RegistrationDeadlineUtc { get; set; }

    /// <summary>Whether only registered attendees may enter the live session room.</summary>
    public bool RequiresRegistration { get; set; } = true;

    public List<Theme> Themes
    {
        get => themes;
        set
        {
            themes = value;
            ThemeMask = TaxonomyMasks.Of(value);
        }
    }

    public int ThemeMask { get; private set; }

    /// <summary>The languages the session is held in (ISO 639-1, see <see cref="SpokenLanguages"/>).</summary>
    public List<string> Languages
    {
        get => languages;
        set
        {
            languages = value;
            LanguageMask = TaxonomyMasks.Of(value);
        }
    }

    public int LanguageMask { get; private set; }

    public int RegisteredCount { get; set; }
    public int WaitlistCount { get; set; }
    public RoomState RoomState { get; set; }
    public DateTimeOffset? RoomOpenedAtUtc { get; set; }
    public DateTimeOffset? RoomClosedAtUtc { get; set; }

    /// <summary>Hidden by a moderator or withdrawn by its host: visible to hosts and moderators only.</summary>
    public bool IsHidden { get; set; }

    public DateTimeOffset CreatedAtUtc { get; set; }
    public DateTimeOffset UpdatedAtUtc { get; set; }
    public string SearchText { get; set; } = "";
    public Guid Version { get; set; } = Guid.NewGuid();

    public int? SeatsLeft => Capacity is { } capacity ? Math.Max(0, capacity - RegisteredCount) : null;

    public bool IsHostedBy(string? userId) => userId is not null && (HostId == userId || CoHostIds.Contains(userId));
}
