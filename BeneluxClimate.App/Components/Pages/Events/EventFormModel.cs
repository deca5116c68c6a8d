using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Gatherings;
using BeneluxClimate.Domain.Showcase;

namespace BeneluxClimate.App.Components.Pages.Events;

/// <summary>The event form's fields: dates and times apart (Brussels wall clock), joined into the domain's input on submit.</summary>
public sealed class EventFormModel
{
    public string Title { get; set; } = "";
    public string Description { get; set; } = "";
    public GatheringFormat Format { get; set; } = GatheringFormat.Virtual;
    public DateTime? StartDate { get; set; }
    public TimeSpan? StartTime { get; set; } = new(14, 0, 0);
    public DateTime? EndDate { get; set; }
    public TimeSpan? EndTime { get; set; } = new(16, 0, 0);
    public DateTime? DeadlineDate { get; set; }
    public TimeSpan? DeadlineTime { get; set; }
    public string? VenueName { get; set; }
    public string? VenueAddress { get; set; }
    public string? VenueCountryCode { get; set; }
    public string? MeetingUrl { get; set; }
    public int? Capacity { get; set; }
    public bool RequiresRegistration { get; set; } = true;
    public List<Theme> Themes { get; set; } = [];
    public List<string> Languages { get; set; } = [];
    public List<NamedLink> CoHosts { get; set; } = [];
    public Guid? Version { get; set; }

    public bool Online => Format is GatheringFormat.Virtual or GatheringFormat.Hybrid;

    public bool OnSite => Format is GatheringFormat.Physical or GatheringFormat.Hybrid;

    public static EventFormModel From(GatheringInput input, IReadOnlyDictionary<string, string> coHostNames) => new()
    {
        Title = input.Title,
        Description = input.Description,
        Format = input.Format,
        StartDate = input.StartsAtBrussels.Date,
        StartTime = input.StartsAtBrussels.TimeOfDay,
        EndDate = input.EndsAtBrussels.Date,
        EndTime = input.EndsAtBrussels.TimeOfDay,
        DeadlineDate = input.RegistrationDeadlineBrussels?.Date,
        DeadlineTime = input.RegistrationDeadlineBrussels?.TimeOfDay,
        VenueName = input.VenueName,
        VenueAddress = input.VenueAddress,
        VenueCountryCode = input.VenueCountryCode,
        MeetingUrl = input.MeetingUrl,
        Capacity = input.Capacity,
        RequiresRegistration = input.RequiresRegistration,
        Themes = [.. input.Themes],
        Languages = [.. input.Languages],
        CoHosts = input.CoHostIds.Select(id => new NamedLink(id, coHostNames.GetValueOrDefault(id) ?? id)).ToList(),
        Version = input.ExpectedVersion,
    };

    public GatheringInput ToInput(Guid creationId)
    {
        var start = Join(StartDate, StartTime);
        var end = Join(EndDate ?? StartDate, EndTime);
        return new GatheringInput(creationId, Title ?? "", Description ?? "", Format, start, end,
            DeadlineDate is null ? null : Join(DeadlineDate, DeadlineTime ?? new TimeSpan(23, 59, 0)),
            VenueName, VenueAddress, VenueCountryCode, MeetingUrl, Capacity, RequiresRegistration, Themes, Languages,
            CoHosts.Select(c => c.Id).ToList(), Version);
    }

    private static DateTime Join(DateTime? date, TimeSpan? time) =>
        date is { } d ? DateTime.SpecifyKind(d.Date + (time ?? TimeSpan.Zero), DateTimeKind.Unspecified) : default;
}
