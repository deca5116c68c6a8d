namespace BeneluxClimate.App.Live;

/// <summary>
/// The other nodes' parts of each topic's audience, as last shared. A share lives for <see cref="PresenceTracker.ShareLifetime"/>
/// unless renewed, so a node that dies without a word drops out of the counts. Not thread-safe: the tracker holds its
/// lock around every call.
/// </summary>
internal sealed class RemotePresence(TimeProvider time)
{
    private static readonly TimeSpan ShareLifetime = PresenceTracker.ShareLifetime;

    private readonly Dictionary<string, Dictionary<string, Share>> topics = new(StringComparer.Ordinal);

    /// <summary>Keeps the node's share, or forgets it when empty; true when the topic's remote audience changed.</summary>
    public bool Store(PresenceShare share)
    {
        if (share.Members.Length == 0 && share.Anonymous <= 0)
        {
            if (!topics.TryGetValue(share.Topic, out var left) || !left.Remove(share.NodeId))
            {
                return false;
            }

            RemoveIfEmpty(share.Topic, left);
            return true;
        }

        if (!topics.TryGetValue(share.Topic, out var nodes))
        {
            topics[share.Topic] = nodes = new(StringComparer.Ordinal);
        }

        var before = nodes.GetValueOrDefault(share.NodeId);
        var members = share.Members.ToHashSet(StringComparer.Ordinal);
        nodes[share.NodeId] = new Share(members, Math.Max(0, share.Anonymous), time.GetUtcNow() + ShareLifetime);
        return before is null || before.Anonymous != share.Anonymous || !before.Members.SetEquals(members);
    }

    /// <summary>People on the topic counting this node's viewers: each member once across nodes, each anonymous viewer once.</summary>
    public int People(string topic, IReadOnlyCollection<string> localKeys)
    {
        if (!topics.TryGetValue(topic, out var nodes))
        {
            return localKeys.Count;
        }

        var members = new HashSet<string>(localKeys, StringComparer.Ordinal);
        var anonymous = 0;
        foreach (var share in nodes.Values)
        {
            members.UnionWith(share.Members);
            anonymous += share.Anonymous;
        }

        return members.Count + anonymous;
    }

    /// <summary>Forgets shares not renewed in time; returns the topics whose audience changed.</summary>
    public List<string> RemoveExpired()
    {
        var now = time.GetUtcNow();
        var changed = new List<string>();
        foreach (var (topic, nodes) in topics.ToList())
        {
            var expired = nodes.Where(n => n.Value.ExpiresAt <= now).Select(n => n.Key).ToList();
            if (expired.Count > 0)
            {
                expired.ForEach(node => nodes.Remove(node));
                RemoveIfEmpty(topic, nodes);
                changed.Add(topic);
            }
        }

        return changed;
    }

    private void RemoveIfEmpty(string topic, Dictionary<string, Share> nodes)
    {
        if (nodes.Count == 0)
        {
            topics.Remove(topic);
        }
    }

    private sealed record Share(HashSet<string> Members, int Anonymous, DateTimeOffset ExpiresAt);
}
