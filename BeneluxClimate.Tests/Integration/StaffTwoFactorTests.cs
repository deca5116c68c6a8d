using System.Net;
using BeneluxClimate.Domain.Members;
using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Tests.Builders;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace BeneluxClimate.Tests.Integration;

/// <summary>Staff two-factor is an authorization rule: without a second factor at sign-in, no staff rights on any request.</summary>
public sealed class StaffTwoFactorTests
{
    private static async Task<HttpClient> SignedInAsync(ClimateAppFactory app, string email)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var signIn = await client.PostFormAsync("/Account/Login", "login", new() { ["Input.Email"] = email, ["Input.Password"] = DemoSeeder.Password });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return client;
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string path, string accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd(accept);
        return await client.SendAsync(request);
    }

    [Theory]
    [InlineData("admin@demo.test")]
    [InlineData("moderator@demo.test")]
    public async Task Outside_development_staff_without_two_factor_are_sent_to_set_it_up(string email)
    {
        await using var app = new ClimateAppFactory();
        var client = await SignedInAsync(app, email);

        var home = await GetAsync(client, "/", "text/html");

        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal("/Account/Manage/EnableAuthenticator?required=true", home.Headers.Location!.ToString());
    }

    [Theory]
    [InlineData("*/*")]
    [InlineData("text/html")]
    [InlineData("application/json")]
    public async Task A_moderator_without_two_factor_gets_neither_the_situation_room_nor_the_audit_csv_whatever_the_accept_header(string accept)
    {
        await using var app = new ClimateAppFactory();
        var client = await SignedInAsync(app, "moderator@demo.test");

        var room = await GetAsync(client, "/moderation", accept);
        var csv = await GetAsync(client, "/moderation/audit.csv", accept);

        Assert.NotEqual(HttpStatusCode.OK, room.StatusCode);
        Assert.DoesNotContain("situation-room", await room.Content.ReadAsStringAsync());
        Assert.NotEqual(HttpStatusCode.OK, csv.StatusCode);
        Assert.NotEqual("text/csv", csv.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_moderator_who_signed_in_with_an_authenticator_gets_the_audit_csv()
    {
        await using var app = new ClimateAppFactory();
        var key = await TurnOnAuthenticatorAsync(app, "moderator@demo.test");
        var client = await SignedInAsync(app, "moderator@demo.test");

        var second = await client.PostFormAsync("/Account/LoginWith2fa", "login-with-2fa", new() { ["Input.TwoFactorCode"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        var csv = await GetAsync(client, "/moderation/audit.csv", "*/*");

        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Members_are_not_required_to_use_two_factor()
    {
        await using var app = new ClimateAppFactory();
        var client = await SignedInAsync(app, "anna@demo.test");

        var home = await GetAsync(client, "/", "text/html");

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
    }

    [Fact]
    public async Task In_development_the_requirement_is_off()
    {
        await using var app = new ClimateAppFactory("Development");
        var client = await SignedInAsync(app, "admin@demo.test");

        var home = await GetAsync(client, "/", "text/html");
        var csv = await GetAsync(client, "/moderation/audit.csv", "*/*");

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
    }

    private static async Task<string> TurnOnAuthenticatorAsync(ClimateAppFactory app, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ClimateUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        await users.ResetAuthenticatorKeyAsync(user);
        await users.SetTwoFactorEnabledAsync(user, true);
        return (await users.GetAuthenticatorKeyAsync(user))!;
    }
}
