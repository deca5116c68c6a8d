using System.Net;
using BeneluxClimate.Domain.Members;
using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Tests.Builders;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BeneluxClimate.Tests.Integration;

public sealed class AccountHardeningTests : IAsyncLifetime
{
    private readonly ClimateAppFactory app = new(overrides: new() { ["RateLimits:AccountPostsPerIpPerMinute"] = "100" });
    private HttpClient client = null!;

    public Task InitializeAsync()
    {
        client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    private Task<HttpResponseMessage> SignInAsync(string email, string password) =>
        client.PostFormAsync("/Account/Login", "login", new() { ["Input.Email"] = email, ["Input.Password"] = password });

    private static async Task<string> ErrorOf(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var start = html.IndexOf("data-testid=\"login-error\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "the sign-in form shows an error");
        var end = html.IndexOf("</div>", start, StringComparison.Ordinal);
        return html[start..end];
    }

    [Fact]
    public async Task The_right_password_signs_in()
    {
        var response = await SignInAsync("anna@demo.test", DemoSeeder.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Identity.Application=") && c.Contains("httponly") && c.Contains("samesite=lax"));
    }

    [Fact]
    public async Task An_unknown_email_gets_the_same_answer_as_a_wrong_password()
    {
        var unknown = await SignInAsync("nobody@demo.test", "some-long-password-123");
        var wrong = await SignInAsync("joost@demo.test", "some-long-password-123");

        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.Equal(await ErrorOf(unknown), await ErrorOf(wrong));
    }

    [Fact]
    public async Task Five_failures_lock_the_account_so_even_the_right_password_is_refused()
    {
        for (var i = 0; i < 5; i++)
        {
            await SignInAsync("claire@demo.test", $"wrong-password-number-{i}");
        }

        var withRightPassword = await SignInAsync("claire@demo.test", DemoSeeder.Password);

        Assert.Equal(HttpStatusCode.OK, withRightPassword.StatusCode);
        await ErrorOf(withRightPassword);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ClimateDbContext>>().CreateDbContextAsync();
        var claire = await db.Users.SingleAsync(u => u.Email == "claire@demo.test");
        Assert.InRange(claire.LockoutEnd!.Value, DateTimeOffset.UtcNow.AddMinutes(4), DateTimeOffset.UtcNow.AddMinutes(5.1));
    }

    [Fact]
    public async Task Registration_refuses_short_and_common_passwords_and_creates_nothing()
    {
        var tooShort = await client.PostFormAsync("/Account/Register", "register", new() { ["Input.Email"] = "new@example.test", ["Input.Password"] = "short-pw" });
        var common = await client.PostFormAsync("/Account/Register", "register", new() { ["Input.Email"] = "new@example.test", ["Input.Password"] = "password1234" });

        Assert.Contains("12", await tooShort.Content.ReadAsStringAsync());
        Assert.Contains("too common", await common.Content.ReadAsStringAsync());
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ClimateDbContext>>().CreateDbContextAsync();
        Assert.False(await db.Users.AnyAsync(u => u.Email == "new@example.test"));
    }

    [Fact]
    public async Task A_new_account_must_confirm_its_email_before_signing_in()
    {
        const string password = "rivers meet at the Moselle";
        var register = await client.PostFormAsync("/Account/Register", "register", new() { ["Input.Email"] = "lotte@example.test", ["Input.Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, register.StatusCode);

        var beforeConfirming = await SignInAsync("lotte@example.test", password);
        await ErrorOf(beforeConfirming);

        var mail = await File.ReadAllTextAsync(Assert.Single(Directory.GetFiles(app.MailFolder, "*.eml")));
        var link = MailLinks.ConfirmationLink(mail);
        var confirm = await client.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);

        var afterConfirming = await SignInAsync("lotte@example.test", password);
        Assert.Equal(HttpStatusCode.Redirect, afterConfirming.StatusCode);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ClimateDbContext>>().CreateDbContextAsync();
        var user = await db.Users.SingleAsync(u => u.Email == "lotte@example.test");
        Assert.True(user.EmailConfirmed);
        Assert.True(user.LockoutEnabled);
        Assert.Equal("Member", await db.UserRoles.Where(ur => ur.UserId == user.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).SingleAsync());
    }
}
