namespace BeneluxClimate.App.Hosting.Circuits;

/// <summary>How many circuits each member and IP address holds open on this node.</summary>
internal sealed class OpenCircuits
{
    public enum KeyKind { Member, Ip }

    public readonly record struct Key(KeyKind Kind, string Value);

    private readonly Lock gate = new();
    private readonly Dictionary<Key, int> counts = [];

    /// <summary>Counts the circuit under every key, or under none if any key is at its cap.</summary>
    public bool TryEnter(IReadOnlyList<Key> keys, CircuitLimitOptions limits)
    {
        lock (gate)
        {
            if (keys.Any(key => counts.GetValueOrDefault(key) >= (key.Kind == KeyKind.Member ? limits.MaxPerMember : limits.MaxPerIp)))
            {
                return false;
            }

            foreach (var key in keys)
            {
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }

            return true;
        }
    }

    public void Leave(IReadOnlyList<Key> keys)
    {
        lock (gate)
        {
            foreach (var key in keys)
            {
                if (counts.TryGetValue(key, out var count) && count > 1)
                {
                    counts[key] = count - 1;
                }
                else
                {
                    counts.Remove(key);
                }
            }
        }
    }
}
