using BeneluxClimate.App.Resources;
using Microsoft.Extensions.Localization;

namespace BeneluxClimate.App.Components.Pages.Proposals.List;

/// <summary>"closes in 12 days": whole days left until a funding deadline.</summary>
public static class DeadlineCountdown
{
    public static string Text(DateTimeOffset deadlineUtc, DateTimeOffset now, IStringLocalizer<ProposalStrings> text)
    {
        var left = deadlineUtc - now;
        if (left <= TimeSpan.Zero)
        {
            return text["Card_DeadlinePassed"];
        }

        var days = (int)Math.Floor(left.TotalDays);
        return days switch
        {
            0 => text["Card_ClosesToday"],
            1 => text["Card_ClosesInOneDay"],
            _ => text["Card_ClosesInDays", days],
        };
    }
}
