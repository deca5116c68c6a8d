using System.Text.RegularExpressions;
using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Members;
using BeneluxClimate.Domain.Organisations;
using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Tests.Builders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BeneluxClimate.Tests.Domain.Persistence;

public partial class DemoDataTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    private TestDatabase Database => seeded.Database;

    [Fact]
    public async Task The_demo_network_spans_the_three_countries_and_every_actor_type_with_valid_profiles()
    {

        var users = await Database.QueryAsync(db => db.Users.AsNoTracking().ToDictionaryAsync(u => u.Id));
        var profiles = await Database.QueryAsync(db => db.MemberProfiles.AsNoTracking().Where(p => p.OnboardedAtUtc != null).ToListAsync());

        Assert.True(profiles.Count >= 36, $"{profiles.Count} onboarded profiles");
        Assert.Equal(2, users.Count - profiles.Count); // registered, not onboarded: not in the directory
        Assert.All(Countries.Benelux, country => Assert.Contains(profiles, p => p.CountryCode == country));
        Assert.Contains(profiles, p => !Countries.IsBenelux(p.CountryCode));
        Assert.Equal(Enum.GetValues<ActorType>().Order(), profiles.Select(p => p.ActorType).Distinct().Order());
        Assert.Contains(profiles, p => p.Visibility == ProfileVisibility.MembersOnly);
        Assert.All(profiles, p =>
        {
            var user = users[p.UserId];
            var input = new ProfileInput(
                user.DisplayName, p.Headline, p.ActorType, p.CountryCode, p.RegionCode, p.Themes, p.Languages, p.Expertise,
                p.Bio, p.Links, p.Visibility, p.ShowEmailToMembers, p.Version);
            Assert.Empty(ProfileRules.Validate(input));
            Assert.InRange(p.Themes.Count, 1, 3);
            Assert.InRange(p.Languages.Count, 2, 4);
            Assert.InRange(p.Expertise.Count, 2, 6);
            Assert.False(string.IsNullOrWhiteSpace(p.BioHtml));
            Assert.All(p.Links, l => Assert.Matches(@"^https://example\.(org|com|net)/", l));
            Assert.True(user.JoinedAtUtc <= p.OnboardedAtUtc && p.OnboardedAtUtc <= p.UpdatedAtUtc && p.UpdatedAtUtc <= DateTimeOffset.UtcNow);
            Assert.True(user.JoinedAtUtc < DateTimeOffset.UtcNow.AddDays(-55), $"{user.Email} joined too recently");
            Assert.StartsWith(SearchText.Normalize(user.DisplayName), p.SearchText);
        });
    }

    [Fact]
    public async Task Organisations_have_valid_registry_numbers_and_members_belong_to_one_at_most()
    {

        var organisations = await Database.QueryAsync(db => db.Organisations.AsNoTracking().ToListAsync());
        var memberships = await Database.QueryAsync(db => db.OrganisationMemberships.AsNoTracking().ToListAsync());
        var emails = await Database.QueryAsync(db => db.Users.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Email!));

        Assert.True(organisations.Count >= 12, $"{organisations.Count} organisations");
        Assert.Equal(organisations.Count, organisations.Select(o => o.CreationId).Distinct().Count());
        Assert.All(organisations, o =>
        {
            Assert.True(IsValidRegistryNumber(o.CountryCode, o.RegistryNumber), $"{o.Name}: {o.RegistryNumber}");
            Assert.Matches(@"^https://example\.(org|com|net)/", o.Website);
            Assert.False(string.IsNullOrWhiteSpace(o.DescriptionHtml));
            Assert.Equal(SearchText.Normalize(o.Name), o.SearchText);
            Assert.Contains(memberships, m => m.OrganisationId == o.Id && m.IsAdmin && m.Status == OrganisationMembershipStatus.Active);
        });
        Assert.Equal(memberships.Count, memberships.Select(m => m.UserId).Distinct().Count());
        Assert.Equal(2, memberships.Count(m => m.Status == OrganisationMembershipStatus.Pending));
        Assert.True(memberships.Count(m => m.Status == OrganisationMembershipStatus.Active) > emails.Count / 2);

        string OrganisationOf(string email) =>
            organisations.Single(o => o.Id == memberships.Single(m => emails[m.UserId] == email && m.Status == OrganisationMembershipStatus.Active).OrganisationId).Name;
        Assert.Equal("Benelux Secretariat", OrganisationOf("admin@demo.test"));
        Assert.Equal("Benelux Secretariat", OrganisationOf("host@demo.test"));
        Assert.Contains("Leuven", OrganisationOf("anna@demo.test"));
    }

    [Fact]
    public async Task Seeding_twice_adds_nothing()
    {
        async Task<(int, int, int, int)> CountAsync() => await Database.QueryAsync(async db => (
            await db.Users.CountAsync(), await db.MemberProfiles.CountAsync(),
            await db.Organisations.CountAsync(), await db.OrganisationMemberships.CountAsync()));
        var before = await CountAsync();

        await using (var scope = Database.Services.CreateAsyncScope())
        {
            Assert.False(await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync());
        }

        Assert.Equal(before, await CountAsync());
    }

    [Theory]
    [InlineData("BE", "0471.832.546", true)]
    [InlineData("BE", "0471.832.547", false)]
    [InlineData("BE", "471.832.546", false)]
    [InlineData("NL", "52814307", true)]
    [InlineData("NL", "5281430", false)]
    [InlineData("LU", "B187402", true)]
    [InlineData("LU", "187402", false)]
    [InlineData("DE", "VR 4711", true)]
    public void The_registry_check_itself_tells_good_from_bad(string country, string number, bool valid) =>
        Assert.Equal(valid, IsValidRegistryNumber(country, number));

    /// <summary>Empty is allowed (optional); otherwise the national format, with the Belgian check digits.</summary>
    private static bool IsValidRegistryNumber(string country, string number)
    {
        if (number.Length == 0)
        {
            return true;
        }

        switch (country)
        {
            case "BE":
                var match = BelgianEnterpriseNumber().Match(number);
                if (!match.Success)
                {
                    return false;
                }

                var digits = number.Replace(".", "");
                return 97 - (long.Parse(digits[..8]) % 97) == int.Parse(digits[8..]);
            case "NL":
                return DutchChamberNumber().IsMatch(number);
            case "LU":
                return LuxembourgTradeRegisterNumber().IsMatch(number);
            default:
                return true;
        }
    }

    [GeneratedRegex(@"^[01]\d{3}\.\d{3}\.\d{3}$")]
    private static partial Regex BelgianEnterpriseNumber();

    [GeneratedRegex(@"^\d{8}$")]
    private static partial Regex DutchChamberNumber();

    [GeneratedRegex(@"^B\d{1,6}$")]
    private static partial Regex LuxembourgTradeRegisterNumber();
}
