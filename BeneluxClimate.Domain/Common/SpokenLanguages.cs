namespace BeneluxClimate.Domain.Common;

/// <summary>Languages a member can say they speak (ISO 639-1), the network's own first.</summary>
public static class SpokenLanguages
{
    public static readonly IReadOnlyList<string> All = ["nl", "fr", "de", "lb", "en", "es", "it", "pt", "pl", "ro", "ar", "tr"];

    public static bool IsKnown(string? code) => code is not null && All.Contains(code);
}
