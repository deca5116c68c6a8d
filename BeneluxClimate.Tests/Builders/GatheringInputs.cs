using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Gatherings;

namespace BeneluxClimate.Tests.Builders;

/// <summary>A valid virtual event input to start from, starting at the given time (default: in ten days, for two hours).</summary>
public static class GatheringInputs
{
    public static GatheringInput Virtual(string title = "Heat networks across the Scheldt: a webinar", DateTimeOffset? startsUtc = null, int? capacity = null)
    {
        var start = BrusselsTime.FromUtc(startsUtc ?? DateTimeOffset.UtcNow.AddDays(10)).DateTime;
        return new GatheringInput(
            Guid.NewGuid(),
            title,
            "We share **lessons** from Antwerp and Zeeland.",
            GatheringFormat.Virtual,
            start,
            start.AddHours(2),
            null,
            null,
            null,
            null,
            "https://meet.example.org/scheldt-heat",
            capacity,
            true,
            [Theme.MitigationEnergy],
            ["nl", "en"],
            []);
    }

    public static GatheringInput Physical(string title = "Kick-off in Maastricht") => Virtual(title) with
    {
        Format = GatheringFormat.Physical,
        MeetingUrl = null,
        VenueName = "Maastricht Exhibition & Congress Centre",
        VenueAddress = "Forum 100, 6229 GV Maastricht",
        VenueCountryCode = "NL",
    };
}
