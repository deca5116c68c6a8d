namespace BeneluxClimate.Bench.Circuits;

/// <summary>When a watched token arrived (<see cref="System.Diagnostics.Stopwatch.GetTimestamp"/>) and the size of the message that carried it.</summary>
internal readonly record struct TokenSeen(long Timestamp, int Bytes);
