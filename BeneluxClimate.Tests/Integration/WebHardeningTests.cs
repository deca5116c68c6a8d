using System.Net;
using BeneluxClimate.Tests.Builders;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BeneluxClimate.Tests.Integration;

public sealed class WebHardeningTests : IAsyncLifetime
{
    private readonly ClimateAppFactory app = new();
    private HttpClient client = null!;

    public Task InitializeAsync()
    {
        client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Pages_carry_the_security_headers()
    {
        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task Https_responses_carry_hsts_outside_development()
    {
        var secure = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://climate.example"), AllowAutoRedirect = false });

        var response = await secure.GetAsync("/");

        Assert.Contains("max-age=31536000", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")));
    }

    [Fact]
    public async Task Over_https_every_cookie_a_form_page_sets_is_secure_and_http_only()
    {
        var secure = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://climate.example"), AllowAutoRedirect = false });

        var response = await secure.GetAsync("/culture/set?culture=nl&returnUrl=%2FAccount%2FLogin");
        var login = await secure.GetAsync("/Account/Login");
        var cookies = response.Headers.GetValues("Set-Cookie").Concat(login.Headers.GetValues("Set-Cookie")).ToList();

        Assert.Contains(cookies, c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        Assert.All(cookies, c => Assert.Contains("; secure", c, StringComparison.OrdinalIgnoreCase));
        Assert.All(cookies, c => Assert.Contains("; httponly", c, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Unknown_routes_answer_404_with_the_friendly_page()
    {
        var response = await client.GetAsync("/no/such/page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"not-found\"", html);
        Assert.Contains("Page not found", html);
    }

    [Fact]
    public async Task Healthz_reports_the_database_apart()
    {
        var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var report = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", report.RootElement.GetProperty("status").GetString());
        Assert.Equal("Healthy", report.RootElement.GetProperty("checks").GetProperty("database").GetString());
        Assert.Equal(Environment.MachineName, report.RootElement.GetProperty("node").GetString());
    }

    [Fact]
    public async Task Healthz_names_the_node_that_answered()
    {
        await using var node = new ClimateAppFactory(overrides: new() { ["Cluster:NodeName"] = "web-2" });
        using var nodeClient = node.CreateClient();

        using var report = System.Text.Json.JsonDocument.Parse(await nodeClient.GetStringAsync("/healthz"));

        Assert.Equal("web-2", report.RootElement.GetProperty("node").GetString());
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in_for_protected_pages()
    {
        var admin = await client.GetAsync("/admin/roles");
        var manage = await client.GetAsync("/Account/Manage");

        Assert.Equal(HttpStatusCode.Redirect, manage.StatusCode);
        Assert.StartsWith("http://localhost/Account/Login", manage.Headers.Location!.ToString());
        var adminHtml = await admin.Content.ReadAsStringAsync();
        Assert.True(admin.StatusCode == HttpStatusCode.Redirect || adminHtml.Contains("Account/Login"), "the admin page must not render for anonymous visitors");
        Assert.DoesNotContain("role-row", adminHtml);
    }

    [Fact]
    public async Task A_form_post_without_antiforgery_token_is_refused()
    {
        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["Input.Email"] = "anna@demo.test",
            ["Input.Password"] = "Climate-Demo-2026",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(".AspNetCore.Identity.Application")));
    }

    [Fact]
    public async Task Static_assets_are_served_from_the_app_itself()
    {
        var html = await client.GetStringAsync("/");

        Assert.DoesNotContain("https://fonts.googleapis.com", html);
        Assert.DoesNotContain("cdn.", html);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/flags/4x3/be.svg")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/images/logo.svg")).StatusCode);
    }
}
