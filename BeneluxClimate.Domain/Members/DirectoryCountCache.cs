using System.Collections.Concurrent;
using BeneluxClimate.Domain.Common;

namespace BeneluxClimate.Domain.Members;

/// <summary>
/// Directory totals and filter counts, remembered per directory sequence number: every change to the directory
/// takes a new number, so a remembered count is never stale. Bounded; forgets everything when the number moves on.
/// </summary>
public sealed class DirectoryCountCache
{
    public const int MaxEntries = 512;

    private readonly ConcurrentDictionary<(long Sequence, bool SignedIn, DirectoryQuery Query), (int Total, DirectoryFacets Facets)> entries = new();
    private readonly long[] newestSequence = new long[2]; // the visitors' and the members' topic number separately

    public async Task<(int Total, DirectoryFacets Facets)> GetOrAddAsync(long sequence, bool signedIn, DirectoryQuery query, Func<Task<(int, DirectoryFacets)>> count)
    {
        var key = (sequence, signedIn, query with { PageIndex = 0, Sort = DirectorySort.Newest });
        if (entries.TryGetValue(key, out var known))
        {
            return known;
        }

        var counted = await count();
        var slot = signedIn ? 1 : 0;
        if (sequence > Interlocked.Read(ref newestSequence[slot]))
        {
            Interlocked.Exchange(ref newestSequence[slot], sequence);
            foreach (var stale in entries.Keys.Where(k => k.SignedIn == signedIn && k.Sequence < sequence))
            {
                entries.TryRemove(stale, out _);
            }
        }

        if (entries.Count < MaxEntries && sequence == Interlocked.Read(ref newestSequence[slot]))
        {
            entries[key] = counted;
        }

        return counted;
    }
}
