using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace BeneluxClimate.Bench.Circuits;

/// <summary>
/// What a prerendered page hands the browser to start its circuit: the server components' start markers, in sequence
/// order, and the persisted component state. Descriptors live 5 minutes, so one GET serves many circuits for a while.
/// </summary>
internal sealed partial record PrerenderedPage(Uri Address, IReadOnlyList<string> Markers, string ApplicationState, DateTimeOffset FetchedAt)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(4); // under the descriptors' 5 minutes

    public bool IsFresh => DateTimeOffset.UtcNow - FetchedAt < Lifetime;

    public static async Task<PrerenderedPage> GetAsync(HttpClient http, Uri address, string? cookie, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, address);
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        using var response = await http.SendAsync(request, ct);
        var html = await response.Content.ReadAsStringAsync(ct);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {address} answered {(int)response.StatusCode}.");
        }

        var markers = StartMarker().Matches(html)
            .Select(m => m.Groups[1].Value)
            .Select(json => (Json: json, Element: JsonDocument.Parse(json).RootElement))
            .Where(m => m.Element.TryGetProperty("descriptor", out _))
            .OrderBy(m => m.Element.GetProperty("sequence").GetInt32())
            .Select(m => m.Json)
            .ToList();
        var state = State().Match(html);
        if (markers.Count == 0)
        {
            throw new InvalidOperationException($"GET {address} has no server component markers.");
        }

        return new PrerenderedPage(address, markers, state.Success ? state.Groups[1].Value : "", DateTimeOffset.UtcNow);
    }

    /// <summary>The first UpdateRootComponents: every marker added, as blazor.web.js does it.</summary>
    public string AddOperationsJson() =>
        "{\"batchId\":1,\"operations\":[" +
        string.Join(',', Markers.Select((marker, i) => $"{{\"type\":\"add\",\"ssrComponentId\":{i + 1},\"marker\":{marker}}}")) +
        "]}";

    [GeneratedRegex("<!--Blazor:(\\{\"type\":\"server\".*?\\})-->", RegexOptions.Singleline)]
    private static partial Regex StartMarker();

    [GeneratedRegex("<!--Blazor-Server-Component-State:(.*?)-->", RegexOptions.Singleline)]
    private static partial Regex State();
}
