using BeneluxClimate.Domain.Common;

namespace BeneluxClimate.Domain.Members;

/// <summary>
/// What makes an account a network member: written by the onboarding and the profile editor.
/// A member appears in the directory once <see cref="OnboardedAtUtc"/> is set.
/// </summary>
public sealed class MemberProfile
{
    public const int HeadlineMaxLength = 140;
    public const int BioMaxLength = 4000;
    public const int MaxExpertiseTags = 12;
    public const int ExpertiseTagMaxLength = 40;
    public const int MaxLinks = 5;
    public const int LinkMaxLength = 300;

    private List<Theme> themes = [];
    private List<string> languages = [];

    private MemberProfile()
    {
    }

    public MemberProfile(string userId) => UserId = userId;

    public string UserId { get; private set; } = "";
    public string Headline { get; set; } = "";
    public ActorType ActorType { get; set; }
    public string CountryCode { get; set; } = "";
    public string? RegionCode { get; set; }
    public List<Theme> Themes
    {
        get => themes;
        set
        {
            themes = value;
            ThemeMask = TaxonomyMasks.Of(value);
        }
    }

    public List<string> Languages
    {
        get => languages;
        set
        {
            languages = value;
            LanguageMask = TaxonomyMasks.Of(value);
        }
    }

    /// <summary>The themes as bits (see <see cref="TaxonomyMasks"/>), kept with the list on every assignment.</summary>
    public int ThemeMask { get; private set; }

    /// <summary>The spoken languages as bits, kept with the list on every assignment.</summary>
    public int LanguageMask { get; private set; }

    public List<string> Expertise { get; set; } = [];
    public List<string> Links { get; set; } = [];
    public string Bio { get; set; } = "";
    public string BioHtml { get; set; } = "";
    public ProfileVisibility Visibility { get; set; } = ProfileVisibility.MembersOnly;
    public bool ShowEmailToMembers { get; set; }
    public DateTimeOffset? OnboardedAtUtc { get; set; }
    public DateTimeOffset UpdatedAtUtc { get; set; }

    /// <summary>
    /// Hidden by a moderator (or by enough members' reports): out of the directory, and its page answers not-found to
    /// everyone but the member and moderators.
    /// </summary>
    public bool IsHidden { get; set; }

    /// <summary>Name, headline, expertise and organisation folded for case- and accent-insensitive search.</summary>
    public string SearchText { get; set; } = "";

    /// <summary>Changes on every save, so two editors of the same profile cannot overwrite each other.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();
}
