using BeneluxClimate.Domain.Members;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Tests.Builders;
using Microsoft.EntityFrameworkCore;

namespace BeneluxClimate.Tests.Postgres;

/// <summary>The same data on SQLite and PostgreSQL gives the same answers, and lost updates are caught alike.</summary>
public sealed class ProviderParityTests
{
    public static TheoryData<string> Providers => ["Sqlite", "Postgres"];

    [Fact]
    public async Task Directory_search_finds_the_same_members_in_the_same_order_on_both_providers()
    {
        string[] queries = ["LIEGE", "liège", "Tidal", "ZEELAND", "esch-sur-alzette", "janssens", "HYDRO", "x%", "_", "nobody"];

        var sqlite = await SearchAllAsync("Sqlite", queries);
        var postgres = await SearchAllAsync("Postgres", queries);

        Assert.Equal(sqlite, postgres);
        Assert.Equal(["Lotte Janssens", "émile Dubois"], sqlite["LIEGE"].Order(StringComparer.Ordinal));
        Assert.Equal(sqlite["LIEGE"], sqlite["liège"]);
        Assert.Empty(sqlite["x%"]);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_save_from_a_stale_copy_fails_on_the_concurrency_token(string provider)
    {
        await using var database = await TestDatabase.CreateOnAsync(provider);
        var userId = await database.AddMemberAsync("Lotte", "lotte@example.test");
        Assert.True((await database.Get<MemberProfiles>().SaveAsync(Actor.Member(userId, Roles.Member), ProfileInputs.Valid())).Succeeded);
        await using var first = await database.Contexts.CreateDbContextAsync();
        await using var second = await database.Contexts.CreateDbContextAsync();
        var firstCopy = await first.MemberProfiles.SingleAsync(p => p.UserId == userId);
        var secondCopy = await second.MemberProfiles.SingleAsync(p => p.UserId == userId);

        (firstCopy.Headline, firstCopy.Version) = ("First tab", Guid.NewGuid());
        await first.SaveChangesAsync();
        (secondCopy.Headline, secondCopy.Version) = ("Second tab", Guid.NewGuid());

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        Assert.Equal("First tab", await database.QueryAsync(db => db.MemberProfiles.Where(p => p.UserId == userId).Select(p => p.Headline).SingleAsync()));
    }

    private static async Task<Dictionary<string, List<string>>> SearchAllAsync(string provider, string[] queries)
    {
        await using var database = await TestDatabase.CreateOnAsync(provider);
        var viewer = await SaveAsync(database, ProfileInputs.Valid() with { Headline = "Hydrologue à Liège" }, "lotte@example.test");
        await SaveAsync(database, ProfileInputs.Valid("Pieter Smit") with { Expertise = ["Tidal energy"], CountryCode = "NL", RegionCode = "NL-ZE", Headline = "Zeeland DELTA works" }, "pieter@example.test");
        await SaveAsync(database, ProfileInputs.Valid("Sanne Weber") with { CountryCode = "LU", RegionCode = "LU-ES", Headline = "Esch-sur-Alzette, hydrogen" }, "sanne@example.test");
        await SaveAsync(database, ProfileInputs.Valid("émile Dubois") with { Headline = "Liège heat networks" }, "emile@example.test");

        var found = new Dictionary<string, List<string>>();
        foreach (var query in queries)
        {
            var result = (await database.Get<MemberDirectory>().SearchAsync(viewer, new DirectoryQuery(query))).Value!;
            found[query] = result.Cards.Items.Select(c => c.DisplayName).ToList();
        }

        return found;
    }

    private static async Task<Actor> SaveAsync(TestDatabase database, ProfileInput input, string email)
    {
        var actor = Actor.Member(await database.AddMemberAsync(input.DisplayName, email), Roles.Member);
        var saved = await database.Get<MemberProfiles>().SaveAsync(actor, input);
        Assert.True(saved.Succeeded, saved.Refusal?.ToString());
        return actor;
    }
}
