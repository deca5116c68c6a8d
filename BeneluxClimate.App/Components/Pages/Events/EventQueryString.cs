using System.Globalization;
using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Gatherings;

namespace BeneluxClimate.App.Components.Pages.Events;

/// <summary>The event list's filters in the address (?when=past&amp;theme=…&amp;format=…&amp;country=…&amp;lang=…&amp;view=calendar&amp;month=2026-12&amp;page=2).</summary>
public static class EventQueryString
{
    public static GatheringQuery Parse(string? when, string? theme, string? format, string? country, string? language, string? view, string? month, int? page, DateTimeOffset now)
    {
        DateOnly? calendarMonth = null;
        if (view == "calendar")
        {
            calendarMonth = DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var m)
                ? m
                : DateOnly.FromDateTime(BrusselsTime.FromUtc(now).DateTime) is var today ? new DateOnly(today.Year, today.Month, 1) : null;
        }

        return new GatheringQuery(
            Past: when == "past",
            Theme: Enum.TryParse<Theme>(theme, ignoreCase: true, out var t) && Enum.IsDefined(t) ? t : null,
            Format: Enum.TryParse<GatheringFormat>(format, ignoreCase: true, out var f) && Enum.IsDefined(f) ? f : null,
            Country: Countries.IsKnown(country?.ToUpperInvariant()) ? country!.ToUpperInvariant() : null,
            Language: SpokenLanguages.IsKnown(language) ? language : null,
            PageIndex: page is > 1 and <= 1_000 ? page.Value - 1 : 0,
            Month: calendarMonth);
    }

    public static Dictionary<string, object?> ToParameters(GatheringQuery query) => new()
    {
        ["when"] = query.Past && query.Month is null ? "past" : null,
        ["theme"] = query.Theme?.ToString(),
        ["format"] = query.Format?.ToString(),
        ["country"] = query.Country,
        ["lang"] = query.Language,
        ["view"] = query.Month is null ? null : "calendar",
        ["month"] = query.Month?.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        ["page"] = query.PageIndex > 0 ? query.PageIndex + 1 : null,
    };
}
