namespace BeneluxClimate.App.Hosting.Circuits;

/// <summary>Limits on what one browser circuit may do (section "Circuits"). The defaults leave people untouched.</summary>
public sealed class CircuitLimitOptions
{
    public const string Section = "Circuits";

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
