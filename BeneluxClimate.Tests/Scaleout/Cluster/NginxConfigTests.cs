using System.Net;

namespace BeneluxClimate.Tests.Scaleout.Cluster;

/// <summary>The committed nginx configuration loads in Debian's nginx and gives each new browser an affinity cookie.</summary>
public sealed class NginxConfigTests
{
    [Fact]
    public async Task The_committed_configuration_passes_nginx_t_and_gives_a_new_browser_an_affinity_cookie()
    {
        // No nodes listen on these ports: nginx answers 502 itself, still with the cookie that pins the browser.
        await using var nginx = await NginxServer.StartAsync(nodeAPort: 1, nodeBPort: 2);
        using var http = new HttpClient(new HttpClientHandler { UseCookies = false });

        using var first = await http.GetAsync(nginx.Address);
        using var pinned = new HttpRequestMessage(HttpMethod.Get, nginx.Address) { Headers = { { "Cookie", "climate_affinity=abc" } } };
        using var second = await http.SendAsync(pinned);

        Assert.Equal(HttpStatusCode.BadGateway, first.StatusCode);
        var cookie = Assert.Single(first.Headers.GetValues("Set-Cookie"));
        Assert.Matches("^climate_affinity=[0-9a-f]{32}; Path=/; HttpOnly; SameSite=Lax$", cookie);
        Assert.False(second.Headers.Contains("Set-Cookie"), "a browser that has its cookie keeps it");
    }
}
