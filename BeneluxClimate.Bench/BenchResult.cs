namespace BeneluxClimate.Bench;

/// <summary>
/// One measured subject at a data size (members or projects, per scenario): its latency figures and, where useful, queries
/// per call and a note. A scenario with figures of its own (fan-out, memory) names them in <see cref="Figures"/>, which
/// then make its JSON line.
/// </summary>
internal sealed record BenchResult(string Subject, int Members, LatencyStats Stats, double? QueriesPerCall = null, string? Note = null,
    IReadOnlyDictionary<string, object?>? Figures = null);
