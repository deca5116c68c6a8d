using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Members;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Tests.Builders;

namespace BeneluxClimate.Tests.Domain.Members;

/// <summary>
/// The directory's total and filter counts, checked against counting the same members by hand: every facet counts
/// the members that match all the other filters, for members-only and public profiles alike.
/// </summary>
public class DirectoryFacetTests : IAsyncLifetime
{
    private static readonly (string Country, string? Region)[] Places =
        [("BE", "BE-VAN"), ("BE", "BE-WLG"), ("NL", "NL-ZE"), ("LU", "LU-ES"), ("DE", null), ("BE", "BE-VAN"), ("NL", "NL-UT")];

    private readonly List<ProfileInput> members = [];
    private TestDatabase database = null!;

    /// <summary>The database provider these tests run on; a derived class in Tests/Postgres runs them on PostgreSQL.</summary>
    protected virtual string Provider => "Sqlite";
    private string viewerId = "";

    public static TheoryData<string> Queries => ["none", "country", "country+theme", "region", "actor+language", "all"];

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateOnAsync(Provider);
        var themes = Enum.GetValues<Theme>();
        var actorTypes = Enum.GetValues<ActorType>();
        for (var i = 0; i < 21; i++)
        {
            var (country, region) = Places[i % Places.Length];
            var input = ProfileInputs.Valid($"Member {i:00}") with
            {
                CountryCode = country,
                RegionCode = region,
                ActorType = actorTypes[i % actorTypes.Length],
                Themes = new[] { themes[i % themes.Length], themes[(i * 3 + 1) % themes.Length] }.Distinct().ToList(),
                Languages = [SpokenLanguages.All[i % 4], "en"],
                Visibility = i % 3 == 0 ? ProfileVisibility.MembersOnly : ProfileVisibility.Public,
            };
            var id = await database.AddMemberAsync(input.DisplayName, $"member{i}@example.test");
            Assert.True((await database.Get<MemberProfiles>().SaveAsync(Actor.Member(id, Roles.Member), input)).Succeeded);
            members.Add(input);
        }

        viewerId = await database.AddMemberAsync("Viewer", "viewer@example.test");
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Signed_in_members_get_the_counts_of_all_onboarded_members(string name) =>
        await AssertCountsAsync(Actor.Member(viewerId, Roles.Member), QueryNamed(name), members);

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Visitors_get_the_counts_of_public_profiles_only(string name) =>
        await AssertCountsAsync(Actor.Anonymous, QueryNamed(name), members.Where(m => m.Visibility == ProfileVisibility.Public).ToList());

    private static DirectoryQuery QueryNamed(string name) => name switch
    {
        "country" => new DirectoryQuery(Country: "BE"),
        "country+theme" => new DirectoryQuery(Country: "BE", Theme: Theme.MitigationEnergy),
        "region" => new DirectoryQuery(Region: "BE-VAN"),
        "actor+language" => new DirectoryQuery(ActorType: ActorType.Research, Language: "fr"),
        "all" => new DirectoryQuery(Country: "NL", Region: "NL-ZE", ActorType: ActorType.Business, Theme: Theme.Water, Language: "en"),
        _ => new DirectoryQuery(),
    };

    private async Task AssertCountsAsync(Actor viewer, DirectoryQuery query, List<ProfileInput> visible)
    {
        var result = (await database.Get<MemberDirectory>().SearchAsync(viewer, query)).Value!;

        List<ProfileInput> Matching(DirectoryQuery filters) => visible.Where(m =>
            (filters.Country is null || m.CountryCode == filters.Country)
            && (filters.Region is null || m.RegionCode == filters.Region)
            && (filters.ActorType is null || m.ActorType == filters.ActorType)
            && (filters.Theme is null || m.Themes.Contains(filters.Theme.Value))
            && (filters.Language is null || m.Languages.Contains(filters.Language))).ToList();
        static Dictionary<T, int> CountsOf<T>(IEnumerable<T> values)
            where T : notnull => values.CountBy(v => v).ToDictionary();

        var expected = Matching(query);
        Assert.Equal(expected.Count, result.Cards.Total);
        Assert.Equal(expected.Select(m => m.DisplayName).Order(), result.Cards.Items.Select(c => c.DisplayName).Order());
        Assert.Equal(CountsOf(Matching(query with { Country = null }).Select(m => m.CountryCode)), result.Facets.Countries);
        Assert.Equal(CountsOf(Matching(query with { Region = null }).Where(m => m.RegionCode != null).Select(m => m.RegionCode!)), result.Facets.Regions);
        Assert.Equal(CountsOf(Matching(query with { ActorType = null }).Select(m => m.ActorType)), result.Facets.ActorTypes);
        Assert.Equal(CountsOf(Matching(query with { Theme = null }).SelectMany(m => m.Themes)), result.Facets.Themes);
        Assert.Equal(CountsOf(Matching(query with { Language = null }).SelectMany(m => m.Languages)), result.Facets.Languages);
    }
}
