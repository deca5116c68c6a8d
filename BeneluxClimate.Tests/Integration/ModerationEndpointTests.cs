using System.Net;
using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Tests.Builders;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BeneluxClimate.Tests.Integration;

public sealed class ModerationEndpointTests
{
    private static async Task<HttpClient> SignedInClientAsync(ClimateAppFactory app, string email)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var signIn = await client.PostFormAsync("/Account/Login", "login", new() { ["Input.Email"] = email, ["Input.Password"] = DemoSeeder.Password });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return client;
    }

    private static ClimateAppFactory NewApp() => new("Production", new() { ["Security:RequireTwoFactorForStaff"] = "false" });

    [Fact]
    public async Task The_audit_csv_is_refused_to_a_member()
    {
        await using var app = NewApp();
        var client = await SignedInClientAsync(app, "anna@demo.test");

        var response = await client.GetAsync("/moderation/audit.csv");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("/Account/AccessDenied", response.Headers.Location?.ToString() ?? "");
    }

    [Fact]
    public async Task The_audit_csv_sends_a_visitor_to_sign_in()
    {
        await using var app = NewApp();
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync("/moderation/audit.csv?q=x");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task A_moderator_downloads_the_audit_log_as_a_csv_attachment()
    {
        await using var app = NewApp();
        var client = await SignedInClientAsync(app, "moderator@demo.test");

        var response = await client.GetAsync("/moderation/audit.csv?q=anything");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.EndsWith(".csv", response.Content.Headers.ContentDisposition.FileName!.Trim('"'));
        Assert.Contains("time_utc", (await response.Content.ReadAsStringAsync()).Split('\n')[0]);
    }
}
