using BeneluxClimate.App.Security;
using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Partnerships;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace BeneluxClimate.App.Hubs;

/// <summary>
/// Live events for clients outside the Blazor UI (integrations), signed in with the app's cookie. A client subscribes
/// to proposals it may see and to its own notifications, and receives "event" messages with the same payloads the
/// UI applies (see README, "Live hub for integrations").
/// </summary>
[Authorize]
internal sealed class LiveHub(ProposalDirectory proposals, LiveHubRelay relay) : Hub
{
    public const string Path = "/hubs/live";

    /// <summary>Starts the proposal's events for this connection; refused when the proposal does not exist or is hidden from the caller.</summary>
    public async Task SubscribeProposal(int proposalId)
    {
        var viewer = ActorAccessor.FromPrincipal(Context.User!);
        var details = await proposals.GetAsync(viewer, proposalId, Context.ConnectionAborted);
        if (!details.Succeeded)
        {
            throw new HubException($"Proposal {proposalId} was not found.");
        }

        await relay.JoinAsync(Context.ConnectionId, viewer, LiveTopics.Proposal(proposalId));
    }

    public Task UnsubscribeProposal(int proposalId) => relay.LeaveAsync(Context.ConnectionId, LiveTopics.Proposal(proposalId));

    /// <summary>Starts the caller's own notifications (NotificationAdded events).</summary>
    public Task SubscribeNotifications()
    {
        var viewer = ActorAccessor.FromPrincipal(Context.User!);
        return relay.JoinAsync(Context.ConnectionId, viewer, LiveTopics.Notifications(viewer.UserId!));
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        relay.LeaveAll(Context.ConnectionId);
        return base.OnDisconnectedAsync(exception);
    }
}
