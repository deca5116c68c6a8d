using System.Globalization;
using BeneluxClimate.App.Localization;
using BeneluxClimate.App.Resources;
using BeneluxClimate.Domain.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace BeneluxClimate.Tests.Localization;

public sealed class TaxonomyTextTests
{
    private static readonly string[] Languages = ["en", "nl", "fr", "de"];

    private static readonly IStringLocalizer<TaxonomyStrings> Strings =
        new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider().GetRequiredService<IStringLocalizer<TaxonomyStrings>>();

    private static readonly TaxonomyText Text = new(Strings);

    public static TheoryData<string> Cultures() => [.. Languages];

    private static T InCulture<T>(string culture, Func<T> read)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return read();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    private static void AssertLabel(string label, string key)
    {
        Assert.False(Strings[key].ResourceNotFound, $"{key} is missing");
        Assert.False(string.IsNullOrWhiteSpace(label), $"{key} is empty");
        Assert.NotEqual(key, label);
        Assert.Equal(Strings[key].Value, label);
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Every_theme_actor_type_region_and_language_has_a_label(string culture)
    {
        InCulture(culture, () =>
        {
            foreach (var theme in Enum.GetValues<Theme>())
            {
                AssertLabel(Text.Theme(theme), $"Theme_{theme}");
            }

            foreach (var actorType in Enum.GetValues<ActorType>())
            {
                AssertLabel(Text.ActorType(actorType), $"ActorType_{actorType}");
            }

            foreach (var region in Regions.ByCountry.Values.SelectMany(codes => codes))
            {
                AssertLabel(Text.Region(region), $"Region_{region.Replace('-', '_')}");
            }

            foreach (var language in SpokenLanguages.All)
            {
                AssertLabel(Text.Language(language), $"Language_{language}");
            }

            return true;
        });
    }

    [Fact]
    public void Labels_speak_the_readers_language()
    {
        Assert.Equal(["East Flanders", "Oost-Vlaanderen", "Flandre-Orientale", "Ostflandern"], Languages.Select(c => InCulture(c, () => Text.Region("BE-VOV"))));
        Assert.Equal(["Luxembourgish", "Luxemburgs", "Luxembourgeois", "Luxemburgisch"], Languages.Select(c => InCulture(c, () => Text.Language("lb"))));
        Assert.Equal(["Just transition", "Rechtvaardige transitie", "Transition juste", "Gerechter Übergang"], Languages.Select(c => InCulture(c, () => Text.Theme(Theme.JustTransition))));
        Assert.Equal("Public body", InCulture("en-GB", () => Text.ActorType(ActorType.Government)));
    }

    [Fact]
    public void Benelux_countries_have_their_names_in_each_language()
    {
        Assert.Equal(["Belgium", "België", "Belgique", "Belgien"], Languages.Select(c => InCulture(c, () => CountryNames.Of("BE"))));
        Assert.Equal(["Netherlands", "Nederland", "Pays-Bas", "Niederlande"], Languages.Select(c => InCulture(c, () => Text.Country("NL"))));
        Assert.Equal(["Luxembourg", "Luxemburg", "Luxembourg", "Luxemburg"], Languages.Select(c => InCulture(c, () => CountryNames.Of("LU"))));
        Assert.Equal("Deutschland", InCulture("de-DE", () => CountryNames.Of("de")));
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Every_country_has_a_name(string culture)
    {
        var names = InCulture(culture, () => Countries.All.ToDictionary(code => code, CountryNames.Of));

        foreach (var (code, name) in names)
        {
            Assert.False(string.IsNullOrWhiteSpace(name), $"{code} has no name");
            Assert.NotEqual(code, name);
        }
    }

    [Fact]
    public void Unknown_codes_come_back_as_they_are()
    {
        Assert.Equal("QQ", CountryNames.Of("QQ"));
        Assert.Equal("XX-YY", Text.Region("XX-YY"));
        Assert.Equal("xx", Text.Language("xx"));
    }
}
