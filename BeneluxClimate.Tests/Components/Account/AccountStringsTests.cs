using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace BeneluxClimate.Tests.Components.Account;

/// <summary>The account pages' strings exist in all four languages, with the same placeholders.</summary>
public partial class AccountStringsTests
{
    private static readonly string[] Cultures = ["nl", "fr", "de"];

    [Fact]
    public void Every_language_has_exactly_the_neutral_keys_and_placeholders()
    {
        var neutral = Read("AccountStrings.resx");
        Assert.NotEmpty(neutral);
        foreach (var culture in Cultures)
        {
            var translated = Read($"AccountStrings.{culture}.resx");
            Assert.Equal(neutral.Keys.Order(), translated.Keys.Order());
            foreach (var (key, value) in neutral)
            {
                Assert.False(string.IsNullOrWhiteSpace(translated[key]), $"{culture}: {key} is empty");
                Assert.Equal(Placeholders(value), Placeholders(translated[key]));
            }
        }
    }

    [Fact]
    public void Every_key_the_account_pages_use_exists()
    {
        var keys = Read("AccountStrings.resx").Keys.ToHashSet();
        var account = Path.Combine(AppFolder(), "Components", "Account");
        var used = Directory.EnumerateFiles(account, "*.razor", SearchOption.AllDirectories)
            .SelectMany(file => UsedKey().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value))
            .Distinct();
        Assert.All(used, key => Assert.Contains(key, keys));
    }

    private static Dictionary<string, string> Read(string file) =>
        XDocument.Load(Path.Combine(AppFolder(), "Resources", file)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");

    private static string[] Placeholders(string text) =>
        [.. Placeholder().Matches(text).Select(m => m.Value).Order()];

    private static string AppFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var app = Path.Combine(dir.FullName, "BeneluxClimate.App");
            if (Directory.Exists(app))
            {
                return app;
            }
        }

        throw new DirectoryNotFoundException("BeneluxClimate.App not found above the test folder.");
    }

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex("""T\["([A-Za-z0-9_]+)"[\],]""")]
    private static partial Regex UsedKey();
}
