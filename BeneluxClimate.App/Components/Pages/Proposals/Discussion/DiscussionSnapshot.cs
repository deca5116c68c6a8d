using System.Text.Json.Serialization;
using BeneluxClimate.Domain.Partnerships;

namespace BeneluxClimate.App.Components.Pages.Proposals.Discussion;

/// <summary>The discussion's first load with the viewer's own reactions and reports, handed from prerendering to the circuit.</summary>
public sealed record DiscussionSnapshot(int ProposalId, DiscussionThread Thread, IReadOnlyList<OwnReaction> OwnReactions, IReadOnlyList<long> ReportedIds)
{
    /// <summary>
    /// Largest <see cref="CarriedSize"/> handed over: with the JSON escaping of HTML it stays well inside the circuit's
    /// first-message limit (<c>Circuits:MaximumReceiveMessageKiB</c>) beside the rest of the page's state.
    /// </summary>
    public const int MaxCarriedSize = 16_000;

    /// <summary>A cheap estimate of the snapshot's size in characters: the comments' HTML and a fixed share per comment.</summary>
    [JsonIgnore]
    public int CarriedSize => Thread.Comments.Sum(c => c.BodyHtml.Length + 300);
}
