using System.Net;
using BeneluxClimate.Tests.Builders;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BeneluxClimate.Tests.Integration;

public sealed class AccountRateLimitTests
{
    [Fact]
    public async Task Sign_in_posts_beyond_the_per_ip_limit_are_refused_with_429()
    {
        await using var app = new ClimateAppFactory(overrides: new() { ["RateLimits:AccountPostsPerIpPerMinute"] = "3" });
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            var response = await client.PostFormAsync("/Account/Login", "login", new() { ["Input.Email"] = "anna@demo.test", ["Input.Password"] = "not-the-password" });
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses.Take(3), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[3]);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Account/Login")).StatusCode); // reading pages is not limited
    }
}
