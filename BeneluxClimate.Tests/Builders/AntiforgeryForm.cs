using System.Text.RegularExpressions;

namespace BeneluxClimate.Tests.Builders;

/// <summary>Posts a static form the way a browser does: first GET the page for its antiforgery token.</summary>
public static partial class AntiforgeryForm
{
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string path, string formName, Dictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(path);
        var token = TokenPattern().Match(page).Groups[1].Value;
        var body = new Dictionary<string, string>(fields)
        {
            ["__RequestVerificationToken"] = token,
            ["_handler"] = formName,
        };
        return await client.PostAsync(path, new FormUrlEncodedContent(body));
    }

    /// <summary>Posts to an endpoint with the antiforgery token of the page that holds its form.</summary>
    public static async Task<HttpResponseMessage> PostFromPageAsync(this HttpClient client, string pagePath, string actionPath)
    {
        var page = await client.GetStringAsync(pagePath);
        var token = TokenPattern().Match(page).Groups[1].Value;
        return await client.PostAsync(actionPath, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
