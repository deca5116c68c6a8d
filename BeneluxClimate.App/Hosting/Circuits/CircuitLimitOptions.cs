namespace BeneluxClimate.App.Hosting.Circuits;

/// <summary>Browser circuits (section "Circuits"): message size, retention, and limits that leave people untouched.</summary>
public sealed class CircuitLimitOptions
{
    public const string Section = "Circuits";

    /// <summary>
    /// The largest message a browser may send its circuit. A page hands its first load to its circuit in the first
    /// message (persistent component state): a long proposal or news post passes SignalR's default 32 KB. Lists whose
    /// size has no fixed bound (a discussion thread) are not carried when long; see DiscussionSnapshot.
    /// </summary>
    public int MaximumReceiveMessageKiB { get; set; } = 256;

    /// <summary>How long a circuit whose connection dropped is kept for the browser to come back to (the framework's 3 minutes).</summary>
    public int DisconnectedRetentionSeconds { get; set; } = 180;

    /// <summary>Messages a circuit may send per second, sustained (clicks, keystrokes, render acknowledgements, JS replies).</summary>
    public int EventsPerSecond { get; set; } = 60;

    /// <summary>How many may come at once before the rate applies (a burst of typing, a page's first renders).</summary>
    public int EventBurst { get; set; } = 300;

    /// <summary>A circuit held back by the rate for this long without a two-second pause is a script, and is disconnected.</summary>
    public int ThrottledSecondsBeforeDisconnect { get; set; } = 10;

    /// <summary>Open circuits (tabs) per signed-in member, on each node.</summary>
    public int MaxPerMember { get; set; } = 20;

    /// <summary>Open circuits per client IP address (after forwarded headers), signed in or not, on each node.</summary>
    public int MaxPerIp { get; set; } = 200;
}
