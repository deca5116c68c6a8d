using BeneluxClimate.Domain.Live;
using BeneluxClimate.Domain.Partnerships;
using BeneluxClimate.Domain.Security;

namespace BeneluxClimate.App.Live;

/// <summary>
/// Tells a proposal's viewers who is writing. Typing is ephemeral (no sequence number, nothing stored) and
/// throttled to one notice per member and proposal every <see cref="Interval"/>, however fast they type.
/// </summary>
public sealed class TypingNotifier(ILiveBus bus, TimeProvider time)
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    private const int PruneAbove = 10_000;
    private readonly Lock gate = new();
    private readonly Dictionary<(int ProposalId, string UserId), DateTimeOffset> lastSent = [];

    /// <summary>Publishes a typing notice unless one went out for this member and proposal within the interval.</summary>
    /// <returns>Whether a notice was published.</returns>
    public async ValueTask<bool> Typing(int proposalId, Actor actor, string name)
    {
        if (actor.UserId is not { } userId)
        {
            return false;
        }

        var now = time.GetUtcNow();
        lock (gate)
        {
            if (lastSent.TryGetValue((proposalId, userId), out var last) && now - last < Interval)
            {
                return false;
            }

            if (lastSent.Count > PruneAbove)
            {
                foreach (var stale in lastSent.Where(e => now - e.Value >= Interval).Select(e => e.Key).ToList())
                {
                    lastSent.Remove(stale);
                }
            }

            lastSent[(proposalId, userId)] = now;
        }

        await bus.PublishAsync(new LiveEvent(LiveTopics.Proposal(proposalId), null, ProposalEvents.Typing, new TypingNotice(userId, name), Audience.Public, now));
        return true;
    }
}
