namespace BeneluxClimate.App.Hosting.Proxy;

/// <summary>
/// The load balancers whose X-Forwarded-For and X-Forwarded-Proto headers the app believes. Empty by default: a node
/// reached directly ignores those headers, so a client cannot choose the address its rate limits count against.
/// </summary>
public sealed class ReverseProxyOptions
{
    public const string Section = "ReverseProxy";

    /// <summary>Addresses of the proxies, e.g. "127.0.0.1" when nginx runs on the node's machine.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks of the proxies in CIDR notation, e.g. "10.0.0.0/8".</summary>
    public List<string> KnownNetworks { get; set; } = [];

    public bool IsConfigured => KnownProxies.Count > 0 || KnownNetworks.Count > 0;
}
