using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Persistence;

namespace BeneluxClimate.Domain.Partnerships;

/// <summary>
/// How every proposal change reaches open screens: the list topic and the proposal's own topic take their numbers
/// inside the write transaction; after the commit lists get the card and the page gets its content.
/// </summary>
internal static class ProposalPublisher
{
    public static async Task<(long List, long Page)> NextAsync(ClimateDbContext db, int proposalId, CancellationToken ct) =>
        (await db.NextSequenceAsync(LiveTopics.Proposals, ct), await db.NextSequenceAsync(LiveTopics.Proposal(proposalId), ct));

    /// <summary>After the commit. Hidden proposals leave the lists (their id is all that is sent) and their pages.</summary>
    public static async Task PublishAsync(ILiveBus bus, ClimateDbContext db, Proposal proposal, bool isNew, (long List, long Page) sequences, DateTimeOffset now, CancellationToken ct)
    {
        if (proposal.IsHidden)
        {
            await bus.PublishAsync(new LiveEvent(LiveTopics.Proposals, sequences.List, ProposalEvents.ProposalWithdrawn, proposal.Id, Audience.Public, now));
            await bus.PublishAsync(new LiveEvent(LiveTopics.Proposal(proposal.Id), sequences.Page, ProposalEvents.ProposalWithdrawn, proposal.Id, Audience.Public, now));
            return;
        }

        var view = await ProposalReads.ViewAsync(db, proposal, ct);
        var card = ProposalReads.Card(proposal, view.Author);
        await bus.PublishAsync(new LiveEvent(LiveTopics.Proposals, sequences.List, isNew ? ProposalEvents.ProposalPublished : ProposalEvents.ProposalChanged, card, Audience.Public, now));
        await bus.PublishAsync(new LiveEvent(LiveTopics.Proposal(proposal.Id), sequences.Page, ProposalEvents.ProposalChanged, view, Audience.Public, now));
    }
}
