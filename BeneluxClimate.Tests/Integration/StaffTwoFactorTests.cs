using System.Net;
using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Tests.Builders;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BeneluxClimate.Tests.Integration;

public sealed class StaffTwoFactorTests
{
    private static async Task<HttpResponseMessage> SignInThenOpenHomeAsync(ClimateAppFactory app, string email)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var signIn = await client.PostFormAsync("/Account/Login", "login", new() { ["Input.Email"] = email, ["Input.Password"] = DemoSeeder.Password });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Accept.ParseAdd("text/html");
        return await client.SendAsync(request);
    }

    [Theory]
    [InlineData("admin@demo.test")]
    [InlineData("moderator@demo.test")]
    public async Task Outside_development_staff_without_two_factor_are_sent_to_set_it_up(string email)
    {
        await using var app = new ClimateAppFactory();

        var home = await SignInThenOpenHomeAsync(app, email);

        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal("/Account/Manage/EnableAuthenticator?required=true", home.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Members_are_not_required_to_use_two_factor()
    {
        await using var app = new ClimateAppFactory();

        var home = await SignInThenOpenHomeAsync(app, "anna@demo.test");

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
    }

    [Fact]
    public async Task In_development_the_requirement_is_off()
    {
        await using var app = new ClimateAppFactory("Development");

        var home = await SignInThenOpenHomeAsync(app, "admin@demo.test");

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
    }
}
