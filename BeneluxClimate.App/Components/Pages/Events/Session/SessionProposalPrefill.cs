using BeneluxClimate.App.Resources;
using BeneluxClimate.App.Security;
using BeneluxClimate.Domain.Gatherings;
using BeneluxClimate.Domain.Gatherings.Sessions;
using BeneluxClimate.Domain.Security;
using Microsoft.Extensions.Localization;

namespace BeneluxClimate.App.Components.Pages.Events.Session;

/// <summary>The first title, summary and body of a proposal started from a closed session's summary, in the viewer's language.</summary>
public sealed class SessionProposalPrefill(SessionRoomService rooms, IStringLocalizer<SessionStrings> text)
{
    public async Task<SessionProposalDraft?> DraftAsync(Actor viewer, int gatheringId)
    {
        var summary = (await rooms.SummaryAsync(viewer, gatheringId)).Value;
        return summary is { RoomState: RoomState.Closed }
            ? summary.ToProposalDraft(new SessionDraftPhrases(
                text["Draft_Title"], text["Draft_Summary"], text["Draft_Intro"], text["Draft_Questions"], text["Draft_Polls"], text["Draft_Upvotes"], text["Draft_Votes"]))
            : null;
    }
}
