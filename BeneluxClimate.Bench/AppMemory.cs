namespace BeneluxClimate.Bench;

/// <summary>GET /bench/memory: managed heap after a full collection, and the process's working set (RSS).</summary>
internal sealed record AppMemory(long HeapBytes, long WorkingSetBytes);
