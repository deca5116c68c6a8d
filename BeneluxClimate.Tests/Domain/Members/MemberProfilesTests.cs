using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Members;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Tests.Builders;

namespace BeneluxClimate.Tests.Domain.Members;

public class MemberProfilesTests : IAsyncLifetime
{
    private TestDatabase database = null!;

    /// <summary>The database provider these tests run on; a derived class in Tests/Postgres runs them on PostgreSQL.</summary>
    protected virtual string Provider => "Sqlite";
    private string lotteId = "";
    private string pieterId = "";

    private MemberProfiles Profiles => database.Get<MemberProfiles>();

    private MemberDirectory Directory => database.Get<MemberDirectory>();

    private Actor Lotte => Actor.Member(lotteId, Roles.Member);

    private Actor Pieter => Actor.Member(pieterId, Roles.Member);

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateOnAsync(Provider);
        lotteId = await database.AddMemberAsync("Lotte", "lotte@example.test");
        pieterId = await database.AddMemberAsync("Pieter", "pieter@example.test");
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task A_member_appears_in_the_directory_only_once_onboarding_is_done()
    {
        var before = (await Directory.SearchAsync(Pieter, new DirectoryQuery())).Value!;

        var saved = await Profiles.SaveAsync(Lotte, ProfileInputs.Valid());
        var after = (await Directory.SearchAsync(Pieter, new DirectoryQuery())).Value!;

        Assert.Equal(0, before.Cards.Total);
        Assert.True(saved.Succeeded);
        var card = Assert.Single(after.Cards.Items);
        Assert.Equal(("Lotte Janssens", "BE", "BE-VOV", ActorType.NGO), (card.DisplayName, card.CountryCode, card.RegionCode, card.ActorType));
        Assert.True((await Profiles.GetOwnAsync(Lotte)).Value!.IsOnboarded);
    }

    [Fact]
    public async Task A_member_counts_as_onboarded_once_the_first_profile_is_saved()
    {
        var before = await Profiles.IsOnboardedAsync(Lotte);

        await Profiles.SaveAsync(Lotte, ProfileInputs.Valid());

        Assert.False(before);
        Assert.True(await Profiles.IsOnboardedAsync(Lotte));
        Assert.False(await Profiles.IsOnboardedAsync(Pieter));
        Assert.False(await Profiles.IsOnboardedAsync(Actor.Anonymous));
    }

    [Fact]
    public async Task Anonymous_visitors_see_public_profiles_only()
    {
        await Profiles.SaveAsync(Lotte, ProfileInputs.Valid() with { Visibility = ProfileVisibility.MembersOnly });

        var anonymous = (await Directory.SearchAsync(Actor.Anonymous, new DirectoryQuery())).Value!;
        var page = await Profiles.GetMemberAsync(Actor.Anonymous, lotteId);
        var asMember = await Profiles.GetMemberAsync(Pieter, lotteId);

        Assert.Equal(0, anonymous.Cards.Total);
        Assert.Equal(Refusal.NotFound, page.Refusal);
        Assert.True(asMember.Succeeded);
    }

    [Fact]
    public async Task The_email_is_shown_to_members_only_when_the_member_chooses_so()
    {
        await Profiles.SaveAsync(Lotte, ProfileInputs.Valid());
        var hidden = (await Profiles.GetMemberAsync(Pieter, lotteId)).Value!;

        await Profiles.SaveAsync(Lotte, ProfileInputs.Valid() with { ShowEmailToMembers = true });
        var shown = (await Profiles.GetMemberAsync(Pieter, lotteId)).Value!;
        var toStrangers = (await Profiles.GetMemberAsync(Actor.Anonymous, lotteId)).Value!;

        Assert.Null(hidden.Email);
        Assert.Equal("lotte@example.test", shown.Email);
        Assert.Null(toStrangers.Email);
    }

    [Fact]
    public async Task Search_ignores_case_and_accents_across_name_headline_and_expertise()
    {
        await Profiles.SaveAsync(Lotte, ProfileInputs.Valid() with { Headline = "Hydrologue à Liège" });
        await Profiles.SaveAsync(Pieter, ProfileInputs.Valid("Pieter Smit") with { Expertise = ["tidal energy"], CountryCode = "NL", RegionCode = "NL-ZE" });

        var liege = (await Directory.SearchAsync(Pieter, new DirectoryQuery("LIEGE"))).Value!;
        var tidal = (await Directory.SearchAsync(Pieter, new DirectoryQuery("Tidal"))).Value!;

        Assert.Equal("Lotte Janssens", Assert.Single(liege.Cards.Items).DisplayName);
        Assert.Equal("Pieter Smit", Assert.Single(tidal.Cards.Items).DisplayName);
    }

    [Fact]
    public async Task Filters_narrow_the_list_and_each_facet_counts_with_the_other_filters()
    {
        await Profiles.SaveAsync(Lotte, ProfileInputs.Valid());
        await Profiles.SaveAsync(Pieter, ProfileInputs.Valid("Pieter Smit") with { CountryCode = "NL", RegionCode = "NL-ZE", ActorType = ActorType.Business, Themes = [Theme.Water] });

        var result = (await Directory.SearchAsync(Pieter, new DirectoryQuery(Country: "NL"))).Value!;

        Assert.Equal("Pieter Smit", Assert.Single(result.Cards.Items).DisplayName);
        Assert.Equal(1, result.Facets.Countries["BE"]); // counted as if the country filter were another value
        Assert.Equal(1, result.Facets.Countries["NL"]);
        Assert.Equal(1, result.Facets.Themes[Theme.Water]);
        Assert.False(result.Facets.Themes.ContainsKey(Theme.JustTransition));
        Assert.Equal(1, result.Facets.Languages["nl"]);
    }

    [Theory]
    [InlineData("Headline", "TooLong")]
    [InlineData("Links", "NotHttpLink")]
    [InlineData("RegionCode", "Required")]
    [InlineData("ActorType", "Invalid")]
    [InlineData("DisplayName", "Required")]
    public async Task Bad_input_is_refused_field_by_field_and_nothing_is_written(string field, string code)
    {
        var input = field switch
        {
            "Headline" => ProfileInputs.Valid() with { Headline = new string('x', MemberProfile.HeadlineMaxLength + 1) },
            "Links" => ProfileInputs.Valid() with { Links = ["javascript:alert(1)"] },
            "RegionCode" => ProfileInputs.Valid() with { RegionCode = "NL-ZE" },
            "ActorType" => ProfileInputs.Valid() with { ActorType = (ActorType)99 },
            _ => ProfileInputs.Valid(" "),
        };

        var result = await Profiles.SaveAsync(Lotte, input);

        Assert.Equal(Refusal.InvalidInput, result.Refusal);
        Assert.Contains(result.Problems!, p => p.Field == field && p.Code == code);
        Assert.False((await Profiles.GetOwnAsync(Lotte)).Value!.IsOnboarded);
    }

    [Fact]
    public async Task A_save_with_a_stale_version_is_a_conflict_and_overwrites_nothing()
    {
        await Profiles.SaveAsync(Lotte, ProfileInputs.Valid());
        var draft = (await Profiles.GetOwnAsync(Lotte)).Value!;
        await Profiles.SaveAsync(Lotte, draft.Input with { Headline = "First tab" });

        var second = await Profiles.SaveAsync(Lotte, draft.Input with { Headline = "Second tab" });

        Assert.Equal(Refusal.Conflict, second.Refusal);
        Assert.Equal("First tab", (await Profiles.GetOwnAsync(Lotte)).Value!.Input.Headline);
    }

    [Fact]
    public async Task Saving_only_ever_changes_the_actors_own_profile()
    {
        await Profiles.SaveAsync(Lotte, ProfileInputs.Valid());

        await Profiles.SaveAsync(Pieter, ProfileInputs.Valid("Pieter Smit"));

        Assert.Equal("Lotte Janssens", (await Profiles.GetMemberAsync(Pieter, lotteId)).Value!.Card.DisplayName);
        Assert.Equal(Refusal.NotSignedIn, (await Profiles.SaveAsync(Actor.Anonymous, ProfileInputs.Valid())).Refusal);
    }

    [Fact]
    public async Task The_bio_is_rendered_once_as_safe_html()
    {
        await Profiles.SaveAsync(Lotte, ProfileInputs.Valid() with { Bio = "**bold** <script>alert(1)</script>" });

        var html = (await Profiles.GetMemberAsync(Pieter, lotteId)).Value!.BioHtml;

        Assert.Contains("<strong>bold</strong>", html);
        Assert.DoesNotContain("<script", html);
    }
}
