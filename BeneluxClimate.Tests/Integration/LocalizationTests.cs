using System.Net;
using BeneluxClimate.Tests.Builders;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BeneluxClimate.Tests.Integration;

public sealed class LocalizationTests : IAsyncLifetime
{
    private readonly ClimateAppFactory app = new();
    private HttpClient client = null!;

    public Task InitializeAsync()
    {
        client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = true });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Theory]
    [InlineData("nl", "Waar het Benelux-klimaatnetwerk elkaar ontmoet")]
    [InlineData("fr", "Là où se rencontre le réseau climat du Benelux")]
    [InlineData("de", "Wo sich das Benelux-Klimanetzwerk trifft")]
    public async Task The_chosen_language_persists_and_sets_html_lang(string culture, string title)
    {
        var switched = await client.GetAsync($"/culture/set?culture={culture}&returnUrl=%2F");
        var later = await client.GetStringAsync("/Account/Login");

        var html = System.Net.WebUtility.HtmlDecode(await switched.Content.ReadAsStringAsync());
        Assert.Contains($"<html lang=\"{culture}\"", html);
        Assert.Contains(title, html);
        Assert.Contains($"<html lang=\"{culture}\"", later);
    }

    [Fact]
    public async Task The_browser_language_is_used_until_a_choice_is_made()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.AcceptLanguage.ParseAdd("de-DE,de;q=0.9");

        var html = await (await client.SendAsync(request)).Content.ReadAsStringAsync();

        Assert.Contains("<html lang=\"de\"", html);
    }

    [Fact]
    public async Task A_culture_switch_never_redirects_off_site()
    {
        var noRedirect = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await noRedirect.GetAsync("/culture/set?culture=nl&returnUrl=https%3A%2F%2Fevil.example%2F");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.ToString());
    }

    [Theory]
    [InlineData("/culture/set?culture=fr&returnUrl=%2F%0Aenv%3B")]
    [InlineData("/culture/set?culture=fr&returnUrl=%2Fmembers%0D%0ASet-Cookie%3Ax%3D1")]
    [InlineData("/culture/set?culture=fr&returnUrl=%2Fmembres%3Fq%3D%C3%A9")]
    [InlineData("/preferences/theme?mode=dark&returnUrl=%2F%0Aenv%3B")]
    public async Task A_return_address_with_line_breaks_or_raw_accents_returns_to_the_home_page_instead_of_failing(string path)
    {
        var noRedirect = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await noRedirect.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.ToString());
    }
}
