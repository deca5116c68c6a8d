using BeneluxClimate.Domain.Common;

namespace BeneluxClimate.Domain.Showcase;

/// <summary>
/// A climate project in the showcase. Lists are stored with the row (read together, never queried apart);
/// the masks and the country key beside them let the board filter with plain comparisons.
/// </summary>
public sealed class Project
{
    public const int TitleMaxLength = 120;
    public const int SummaryMaxLength = 300;
    public const int DescriptionMaxLength = 20_000;
    public const int MaxCountries = 12;
    public const int MaxRegions = 20;
    public const int MaxPartners = 20;
    public const int MaxContacts = 5;
    public const int MaxLinks = 5;
    public const int LinkMaxLength = 300;

    private List<Theme> themes = [];
    private List<string> countries = [];
    private List<ImpactFigure> impact = [];

    public int Id { get; private set; }
    public Guid CreationId { get; set; }
    public string Title { get; set; } = "";
    public string Summary { get; set; } = "";
    public string Description { get; set; } = "";
    public string DescriptionHtml { get; set; } = "";

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
            IsCrossBorder = value.Count >= 2;
        }
    }

    /// <summary>The countries as " BE NL ", so a country filter is a substring test.</summary>
    public string CountryKey { get; private set; } = " ";

    public bool IsCrossBorder { get; private set; }
    public List<string> Regions { get; set; } = [];
    public ProjectStage Stage { get; set; }
    public ProjectStatus Status { get; set; }

    /// <summary>Hidden by a moderator: off the board and visible only to its editors and moderators.</summary>
    public bool IsHidden { get; set; }

    public int LeadOrganisationId { get; set; }
    public List<int> PartnerOrganisationIds { get; set; } = [];
    public List<string> ContactMemberIds { get; set; } = [];
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public List<string> Links { get; set; } = [];
    public LookingFor LookingFor { get; set; }
    public List<ImpactFigure> Impact
    {
        get => impact;
        set
        {
            impact = value;
            double Of(ImpactKind kind) => value.Where(f => f.Kind == kind).Sum(f => f.Value);
            Co2eAvoided = Of(ImpactKind.Co2eAvoided);
            RenewableCapacity = Of(ImpactKind.RenewableCapacity);
            HectaresRestored = Of(ImpactKind.HectaresRestored);
            PeopleReached = Of(ImpactKind.PeopleReached);
        }
    }

    // Each impact kind's value beside the list, so the dashboard adds them up in SQL.
    public double Co2eAvoided { get; private set; }
    public double RenewableCapacity { get; private set; }
    public double HectaresRestored { get; private set; }
    public double PeopleReached { get; private set; }

    public int FollowerCount { get; set; }
    public string CreatedByUserId { get; set; } = "";
    public DateTimeOffset CreatedAtUtc { get; set; }
    public DateTimeOffset UpdatedAtUtc { get; set; }
    public DateTimeOffset? PublishedAtUtc { get; set; }

    /// <summary>Title, summary and organisations folded for case- and accent-insensitive search.</summary>
    public string SearchText { get; set; } = "";

    public Guid Version { get; set; } = Guid.NewGuid();

    /// <summary>On the public board: published and not hidden.</summary>
    public bool IsOnBoard => Status == ProjectStatus.Published && !IsHidden;
}
