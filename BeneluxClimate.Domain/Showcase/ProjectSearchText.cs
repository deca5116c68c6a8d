using BeneluxClimate.Domain.Common;

namespace BeneluxClimate.Domain.Showcase;

/// <summary>What the board's text search matches a project on; one definition for the service, the demo data and the benchmark.</summary>
public static class ProjectSearchText
{
    public static string Of(string title, string summary, IEnumerable<string> organisationNames) =>
        SearchText.Normalize($"{title} {summary} {string.Join(' ', organisationNames)}");
}
