using System.Collections.Concurrent;

namespace BeneluxClimate.Bench.Circuits;

/// <summary>JS errors and terminated circuits across all clients of a run; a few messages kept to explain them.</summary>
internal sealed class CircuitFailures
{
    private readonly ConcurrentQueue<string> samples = new();
    private int jsErrors;
    private int terminated;

    public int JsErrors => Volatile.Read(ref jsErrors);

    public int TerminatedCircuits => Volatile.Read(ref terminated);

    public int Total => JsErrors + TerminatedCircuits;

    public IEnumerable<string> Samples => samples;

    public void JsError(string message)
    {
        Interlocked.Increment(ref jsErrors);
        Keep("JS.Error: " + message);
    }

    public void Terminated(string reason)
    {
        Interlocked.Increment(ref terminated);
        Keep("terminated: " + reason);
    }

    private void Keep(string message)
    {
        if (samples.Count < 5)
        {
            samples.Enqueue(message.Length > 300 ? message[..300] : message);
        }
    }
}
