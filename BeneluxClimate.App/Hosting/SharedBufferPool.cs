namespace BeneluxClimate.App.Hosting;

/// <summary>
/// Sizes the runtime's shared array pool for thousands of open connections. A live update reaches every open screen
/// at once, and each delivery holds pooled buffers until its bytes are on the wire and the browser has acknowledged
/// them (the render batch, the SignalR message, the WebSocket receive buffer for the acknowledgement). The pool keeps
/// only 32 arrays of a size per core by default: past that every delivery allocated fresh buffers, which doubled the
/// app's allocation rate and were still alive when a collection came mid-update, so it copied them (fanout benchmark
/// in docs/benchmarks.md). Set in the environment, which the pool reads once, when it is first used.
/// </summary>
internal static class SharedBufferPool
{
    public const string Variable = "DOTNET_SYSTEM_BUFFERS_SHAREDARRAYPOOL_MAXARRAYSPERPARTITION";
    public const int ArraysPerSizePerCore = 1024;

    /// <summary>Call first thing in <c>Main</c>; a value the operator set wins.</summary>
    public static void Configure()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable)))
        {
            Environment.SetEnvironmentVariable(Variable, ArraysPerSizePerCore.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
