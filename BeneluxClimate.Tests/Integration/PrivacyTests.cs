using System.Net;
using System.Text.Json;
using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Tests.Builders;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BeneluxClimate.Tests.Integration;

public sealed class PrivacyTests
{
    [Fact]
    public async Task The_privacy_notice_lists_the_cookies_and_whom_to_contact()
    {
        await using var app = new ClimateAppFactory();
        var html = WebUtility.HtmlDecode(await app.CreateClient().GetStringAsync("/privacy"));

        Assert.Contains("data-testid=\"privacy-cookies\"", html);
        Assert.Contains(".AspNetCore.Identity.Application", html);
        Assert.Contains("privacy@climate.benelux.int", html);
        Assert.Contains("no analytics", html);
    }

    [Fact]
    public async Task A_member_downloads_their_account_profile_and_organisation_as_json()
    {
        await using var app = new ClimateAppFactory();
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await client.PostFormAsync("/Account/Login", "login", new() { ["Input.Email"] = "anna@demo.test", ["Input.Password"] = DemoSeeder.Password });

        var response = await client.PostFromPageAsync("/Account/Manage/PersonalData", "/Account/Manage/DownloadPersonalData");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("anna@demo.test", json.RootElement.GetProperty("Account").GetProperty("Email").GetString());
        Assert.Equal("BE", json.RootElement.GetProperty("Profile").GetProperty("CountryCode").GetString());
        Assert.Contains("Leuven", json.RootElement.GetProperty("Organisation").GetProperty("Name").GetString());
        Assert.DoesNotContain("PasswordHash", json.RootElement.ToString());
    }
}
