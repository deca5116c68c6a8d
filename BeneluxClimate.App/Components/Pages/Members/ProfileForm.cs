using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Members;

namespace BeneluxClimate.App.Components.Pages.Members;

/// <summary>The editable state of the profile form; the sections bind to it and it becomes a <see cref="ProfileInput"/> to save.</summary>
public sealed class ProfileForm
{
    public string DisplayName { get; set; } = "";
    public string Headline { get; set; } = "";
    public ActorType ActorType { get; set; }
    public string CountryCode { get; set; } = "";
    public string? RegionCode { get; set; }
    public List<Theme> Themes { get; set; } = [];
    public List<string> Languages { get; set; } = [];
    public List<string> Expertise { get; set; } = [];
    public string Bio { get; set; } = "";
    public List<string> Links { get; set; } = [];
    public ProfileVisibility Visibility { get; set; }
    public bool ShowEmailToMembers { get; set; }
    public Guid? Version { get; set; }

    public static ProfileForm From(ProfileInput input) => new()
    {
        DisplayName = input.DisplayName,
        Headline = input.Headline,
        ActorType = input.ActorType,
        CountryCode = input.CountryCode,
        RegionCode = input.RegionCode,
        Themes = [.. input.Themes],
        Languages = [.. input.Languages],
        Expertise = [.. input.Expertise],
        Bio = input.Bio,
        Links = [.. input.Links],
        Visibility = input.Visibility,
        ShowEmailToMembers = input.ShowEmailToMembers,
        Version = input.ExpectedVersion,
    };

    /// <summary>What is sent to the domain: blank link rows are dropped, a region only where the country has regions.</summary>
    public ProfileInput ToInput() => new(
        DisplayName.Trim(),
        Headline.Trim(),
        ActorType,
        CountryCode,
        Regions.HasRegions(CountryCode) ? RegionCode : null,
        [.. Themes],
        [.. Languages],
        [.. Expertise],
        Bio,
        [.. Links.Select(l => l.Trim()).Where(l => l.Length > 0)],
        Visibility,
        ShowEmailToMembers,
        Version);
}
