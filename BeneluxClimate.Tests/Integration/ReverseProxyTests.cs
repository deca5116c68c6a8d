using System.Net;
using BeneluxClimate.Tests.Builders;

namespace BeneluxClimate.Tests.Integration;

/// <summary>Behind nginx every request comes from the proxy's address: per-IP limits must count the client's.</summary>
public sealed class ReverseProxyTests
{
    [Fact]
    public async Task Behind_a_known_proxy_the_sign_in_limit_counts_each_client_address_apart()
    {
        var statuses = await SignInAttemptsAsync(new() { ["ReverseProxy:KnownProxies:0"] = "127.0.0.1" });

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses.First); // the first client used up its attempts
        Assert.Equal(HttpStatusCode.OK, statuses.Second); // the second client behind the same proxy still may sign in
    }

    [Fact]
    public async Task Without_a_known_proxy_a_forwarded_address_is_not_believed()
    {
        var statuses = await SignInAttemptsAsync([]);

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses.First);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses.Second); // writing another address does not get round the limit
    }

    // Three sign-in posts "from" one client (one over the limit of two), then one "from" another, all from this machine.
    private static async Task<(HttpStatusCode First, HttpStatusCode Second)> SignInAttemptsAsync(Dictionary<string, string?> settings)
    {
        settings["RateLimits:AccountPostsPerIpPerMinute"] = "2";
        await using var app = new ClimateAppFactory(overrides: settings);
        var address = app.StartKestrel();
        var first = await SignInAsync(address, "203.0.113.7", times: 3);
        var second = await SignInAsync(address, "203.0.113.8", times: 1);
        return (first, second);
    }

    private static async Task<HttpStatusCode> SignInAsync(Uri address, string clientAddress, int times)
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = address };
        client.DefaultRequestHeaders.Add("X-Forwarded-For", clientAddress);
        var status = HttpStatusCode.OK;
        for (var i = 0; i < times; i++)
        {
            var response = await client.PostFormAsync("/Account/Login", "login", new() { ["Input.Email"] = "anna@demo.test", ["Input.Password"] = "not-the-password" });
            status = response.StatusCode;
        }

        return status;
    }
}
