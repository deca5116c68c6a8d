using BeneluxClimate.Domain.Common;

namespace BeneluxClimate.Domain.Partnerships;

/// <summary>
/// A cross-border partnership proposal. Counters are kept on the row by the services that change them, so lists
/// never count per proposal; masks and the country key let lists filter with plain comparisons.
/// </summary>
public sealed class Proposal
{
    public const int TitleMaxLength = 140;
    public const int SummaryMaxLength = 400;
    public const int BodyMaxLength = 10_000;
    public const int OfferMaxLength = 2_000;
    public const int SeekMaxLength = 2_000;
    public const int FundingCallNameMaxLength = 200;
    public const int LinkMaxLength = 300;
    public const int MaxCountries = 12;

    private List<Theme> themes = [];
    private List<string> countries = [];
    private List<ActorType> soughtActorTypes = [];

    public int Id { get; private set; }
    public Guid CreationId { get; set; }
    public string AuthorId { get; set; } = "";

    /// <summary>The author's country when they proposed: the border the proposal must reach across.</summary>
    public string AuthorCountryCode { get; set; } = "";

    public string Title { get; set; } = "";
    public string Summary { get; set; } = "";
    public string Body { get; set; } = "";
    public string BodyHtml { get; set; } = "";
    public string Offer { get; set; } = "";
    public string Seek { get; set; } = "";

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

    public List<string> Countries
    {
        get => countries;
        set
        {
            countries = value;
            CountryKey = Common.CountryKey.Of(value);
        }
    }

    /// <summary>The countries as " BE NL ", so a country filter is a substring test.</summary>
    public string CountryKey { get; private set; } = " ";

    public List<ActorType> SoughtActorTypes
    {
        get => soughtActorTypes;
        set
        {
            soughtActorTypes = value;
            SoughtActorTypeMask = value.Aggregate(0, (mask, type) => mask | (1 << (int)type));
        }
    }

    public int SoughtActorTypeMask { get; private set; }
    public List<string> SoughtCountries { get; set; } = [];
    public int? LinkedProjectId { get; set; }
    public string? FundingCallName { get; set; }
    public string? FundingCallUrl { get; set; }
    public DateTimeOffset? FundingCallDeadlineUtc { get; set; }
    public ProposalStatus Status { get; set; }

    /// <summary>Hidden by a moderator: visible to its author and moderators only.</summary>
    public bool IsHidden { get; set; }

    /// <summary>Locked by a moderator: the discussion stays readable, nobody comments.</summary>
    public bool IsLocked { get; set; }

    /// <summary>Slow mode set by a moderator: minimum seconds between one member's comments here; 0 is off.</summary>
    public int SlowModeSeconds { get; set; }

    public int CommentCount { get; set; }
    public int InterestCount { get; set; }
    public DateTimeOffset CreatedAtUtc { get; set; }
    public DateTimeOffset UpdatedAtUtc { get; set; }
    public DateTimeOffset LastActivityAtUtc { get; set; }
    public string SearchText { get; set; } = "";
    public Guid Version { get; set; } = Guid.NewGuid();

    public static int ActorTypeBit(ActorType type) => 1 << (int)type;
}
