using System.Net;
using BeneluxClimate.Domain.Persistence;

namespace BeneluxClimate.Tests.Builders;

/// <summary>Signs a demo member in over HTTP as a browser does (the login form with its antiforgery token).</summary>
public static class FormSignIn
{
    /// <summary>The cookies the app set, the authentication cookie among them.</summary>
    public static async Task<CookieContainer> CookiesAsync(Uri baseAddress, string email)
    {
        var cookies = new CookieContainer();
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = baseAddress };
        var response = await client.PostFormAsync("/Account/Login", "login", new() { ["Input.Email"] = email, ["Input.Password"] = DemoSeeder.Password });
        response.EnsureSuccessStatusCode();
        Assert.Contains(cookies.GetAllCookies(), c => c.Name == ".AspNetCore.Identity.Application");
        return cookies;
    }
}
