using System.Net;
using BeneluxClimate.App.Resources;
using BeneluxClimate.Domain.Common;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace BeneluxClimate.App.Components.Pages.Proposals.Discussion;

/// <summary>
/// "2 min ago", with the exact Brussels time in the tooltip. One markup frame in the caller's render tree, not a component: long
/// lists repeat it per row (see <see cref="Shared.Avatar"/>).
/// </summary>
public static class RelativeTime
{
    public static RenderFragment Of(DateTimeOffset utc, DateTimeOffset now, IStringLocalizer<DiscussionStrings> text) =>
        builder => builder.AddMarkupContent(0, Html(utc, now, text));

    public static string Html(DateTimeOffset utc, DateTimeOffset now, IStringLocalizer<DiscussionStrings> text) =>
        $"<time class=\"relative-time\" datetime=\"{utc:O}\" title=\"{WebUtility.HtmlEncode(BrusselsTime.FromUtc(utc).ToString("f"))}\">" +
        $"{WebUtility.HtmlEncode(Text(utc, now, text))}</time>";

    /// <summary>What the text shows of an age: a change of step changes the text (just now, minutes, hours, then a date).</summary>
    public static long Step(TimeSpan age) =>
        age.TotalMinutes < 1 ? 0 : age.TotalHours < 1 ? (long)age.TotalMinutes : age.TotalDays < 1 ? 100 + (long)age.TotalHours : -1;

    private static string Text(DateTimeOffset utc, DateTimeOffset now, IStringLocalizer<DiscussionStrings> text)
    {
        var age = now - utc;
        return age.TotalMinutes < 1 ? text["Time_JustNow"]
            : age.TotalHours < 1 ? text["Time_Minutes", (int)age.TotalMinutes]
            : age.TotalDays < 1 ? text["Time_Hours", (int)age.TotalHours]
            : BrusselsTime.FromUtc(utc).ToString("d MMM yyyy HH:mm");
    }
}
