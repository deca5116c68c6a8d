using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Resources;
using System.Text.RegularExpressions;
using BeneluxClimate.App.Resources;

namespace BeneluxClimate.Tests.Localization;

/// <summary>Every resource file of the app exists in Dutch, French and German with every English key and its placeholders.</summary>
public sealed partial class ResourceCompletenessTests
{
    private static readonly Assembly App = typeof(Shell).Assembly;

    public static TheoryData<string, string> ResourcesAndCultures()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in NeutralResourceNames())
        {
            foreach (var culture in new[] { "nl", "fr", "de" })
            {
                data.Add(name, culture);
            }
        }

        return data;
    }

    [Fact]
    public void The_app_has_its_resource_sets()
    {
        var names = NeutralResourceNames();

        Assert.Superset(new HashSet<string> { "Shell", "AccountStrings", "MudBlazorStrings", "IdentityErrorStrings", "ValidationMessages", "FieldNames", "MailStrings" }, names.ToHashSet());
    }

    [Theory]
    [MemberData(nameof(ResourcesAndCultures))]
    public void Every_language_has_every_english_key_with_the_same_placeholders(string name, string culture)
    {
        var english = Read(name, null);
        var translated = Read(name, culture);

        var missing = english.Keys.Except(translated.Keys).Order().ToList();
        Assert.True(missing.Count == 0, $"{name}.{culture}.resx lacks: {string.Join(", ", missing)}");
        foreach (var (key, value) in english)
        {
            Assert.False(string.IsNullOrWhiteSpace(translated[key]), $"{name}.{culture} {key} is empty");
            Assert.True(Placeholders(value).SetEquals(Placeholders(translated[key])), $"{name}.{culture} {key} has other placeholders than English");
        }
    }

    private static List<string> NeutralResourceNames() =>
        App.GetManifestResourceNames()
            .Where(n => n.StartsWith("BeneluxClimate.App.Resources.", StringComparison.Ordinal) && n.EndsWith(".resources", StringComparison.Ordinal))
            .Select(n => n["BeneluxClimate.App.Resources.".Length..^".resources".Length])
            .ToList();

    private static Dictionary<string, string> Read(string name, string? culture)
    {
        var assembly = culture is null ? App : App.GetSatelliteAssembly(CultureInfo.GetCultureInfo(culture));
        var manifest = $"BeneluxClimate.App.Resources.{name}{(culture is null ? "" : "." + culture)}.resources";
        using var stream = assembly.GetManifestResourceStream(manifest);
        Assert.True(stream is not null, $"{manifest} is missing");
        using var reader = new ResourceReader(stream);
        return reader.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);
    }

    private static HashSet<string> Placeholders(string value) => [.. PlaceholderPattern().Matches(value).Select(m => m.Value)];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();
}
