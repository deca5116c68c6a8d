using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace BeneluxClimate.App.Hosting.Proxy;

/// <summary>Behind a configured load balancer, the client's address and scheme come from its forwarded headers.</summary>
internal static class ReverseProxyHosting
{
    public static void AddReverseProxySupport(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(ReverseProxyOptions.Section);
        services.Configure<ReverseProxyOptions>(section);
        var proxy = section.Get<ReverseProxyOptions>() ?? new();
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.ForwardLimit = 1; // the one proxy in front: an address a client wrote further left is not believed
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var address in proxy.KnownProxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(address));
            }

            foreach (var network in proxy.KnownNetworks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
    }

    /// <summary>First in the pipeline, so rate limits, links and cookies see the client, not the proxy.</summary>
    public static void UseReverseProxySupport(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<ReverseProxyOptions>>().Value.IsConfigured)
        {
            app.UseForwardedHeaders();
        }
    }
}
