namespace BeneluxClimate.Bench;

/// <summary>One measured subject at a data size (members or projects, per scenario): its latency figures and, where useful, queries per call and a note.</summary>
internal sealed record BenchResult(string Subject, int Members, LatencyStats Stats, double? QueriesPerCall = null, string? Note = null);
