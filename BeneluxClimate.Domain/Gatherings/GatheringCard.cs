using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Live;

namespace BeneluxClimate.Domain.Gatherings;

/// <summary>An event as lists and the calendar show it; also the payload of list changes.</summary>
[LivePayload]
public sealed record GatheringCard(
    int Id,
    string Title,
    GatheringFormat Format,
    DateTimeOffset StartsAtUtc,
    DateTimeOffset EndsAtUtc,
    string? VenueName,
    string? VenueCountryCode,
    IReadOnlyList<Theme> Themes,
    IReadOnlyList<string> Languages,
    int? Capacity,
    int RegisteredCount,
    int WaitlistCount,
    RoomState RoomState,
    bool IsHidden)
{
    public int? SeatsLeft => Capacity is { } capacity ? Math.Max(0, capacity - RegisteredCount) : null;

    public static GatheringCard Of(Gathering g) => new(g.Id, g.Title, g.Format, g.StartsAtUtc, g.EndsAtUtc, g.VenueName, g.VenueCountryCode,
        g.Themes, g.Languages, g.Capacity, g.RegisteredCount, g.WaitlistCount, g.RoomState, g.IsHidden);
}
