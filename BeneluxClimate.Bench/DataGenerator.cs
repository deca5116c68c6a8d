using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Members;
using BeneluxClimate.Domain.Organisations;
using BeneluxClimate.Domain.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SearchFold = BeneluxClimate.Domain.Common.SearchText;

namespace BeneluxClimate.Bench;

/// <summary>
/// Fills the database with onboarded members fast: one precomputed password hash, batches of 2,000
/// without change detection. Seeded, so every run builds the same network.
/// </summary>
internal sealed class DataGenerator(IDbContextFactory<ClimateDbContext> contexts, int seed = 20_260_101)
{
    private const int BatchSize = 2_000;
    private const int OrganisationCount = 300;

    private static readonly string[] FirstNames = ["Anna", "Lieve", "Jan", "Sofie", "Pieter", "Élodie", "Marc", "Inès", "Luc", "Eva", "Noah", "Léa", "Tom", "Sanne", "Bram", "Chloé", "Joris", "Maëlle", "Kees", "Fatima", "Yusuf", "Zoë", "Henri", "Mila", "Daan", "Emma", "Lars", "Amélie"];
    private static readonly string[] LastNames = ["Peeters", "Janssens", "De Vries", "Van Dijk", "Dubois", "Lambert", "Schmit", "Muller", "Bakker", "Visser", "Maes", "Jacobs", "Weber", "Hoffmann", "Smits", "Mertens", "Leroy", "Wagner", "Meyer", "Claes", "Willems", "Goossens", "Reuter", "Kieffer", "El Amrani", "Yilmaz", "Dupont", "Brouwer"];
    private static readonly string[] Tags = ["solar", "heat pumps", "energy communities", "flood risk", "urban greening", "cycling", "circular design", "biodiversity", "water management", "carbon accounting", "green finance", "climate education", "retrofit", "hydrogen", "agroecology", "just transition", "offshore wind", "district heating"];
    private static readonly string[] Roles = ["Researcher", "Project lead", "Policy officer", "Founder", "Coordinator", "Engineer", "Teacher", "Volunteer", "Consultant", "Student"];
    private static readonly string[] Topics = ["energy transition", "renewable energy", "climate adaptation", "sustainable mobility", "circular economy", "nature restoration", "water resilience", "food systems", "housing renovation", "climate finance"];
    private static readonly string[] OtherCountries = ["DE", "FR", "GB", "IT", "ES", "DK", "AT", "PL", "SE", "CH"];
    private static readonly string[] OrganisationKinds = ["University", "Energy Cooperative", "Municipality", "Youth Climate Network", "Foundation", "Engineering", "Institute", "Collective"];
    private static readonly string[] Places = ["Gent", "Liège", "Utrecht", "Esch", "Leuven", "Namur", "Groningen", "Antwerpen", "Eindhoven", "Luxembourg", "Brugge", "Delft"];

    private readonly Random random = new(seed);

    public async Task<List<string>> GenerateAsync(int members, CancellationToken ct)
    {
        var passwordHash = new PasswordHasher<ClimateUser>().HashPassword(new ClimateUser(), "Bench-Password-2026!");
        var now = DateTimeOffset.UtcNow;
        var organisations = await AddOrganisationsAsync(now, ct);
        var ids = new List<string>(members);
        for (var start = 0; start < members; start += BatchSize)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = start; i < Math.Min(members, start + BatchSize); i++)
            {
                var (user, profile) = Member(i, passwordHash, now);
                db.Users.Add(user);
                db.MemberProfiles.Add(profile);
                if (random.NextDouble() < 0.6)
                {
                    db.OrganisationMemberships.Add(new OrganisationMembership
                    {
                        UserId = user.Id,
                        OrganisationId = organisations[random.Next(organisations.Count)],
                        Status = OrganisationMembershipStatus.Active,
                        RequestedAtUtc = user.JoinedAtUtc,
                        DecidedAtUtc = user.JoinedAtUtc.AddDays(1),
                    });
                }

                ids.Add(user.Id);
            }

            await db.SaveChangesAsync(ct);
        }

        return ids;
    }

    private async Task<List<int>> AddOrganisationsAsync(DateTimeOffset now, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var organisations = Enumerable.Range(0, OrganisationCount).Select(i =>
        {
            var name = $"{Pick(Places)} {Pick(OrganisationKinds)} {i + 1}";
            return new Organisation
            {
                Name = name,
                Type = Pick(Enum.GetValues<ActorType>()),
                CountryCode = Country(),
                Description = $"{name} works on {Pick(Topics)}.",
                RegistryNumber = $"BENCH-{i:D5}",
                CreatedAtUtc = now.AddDays(-random.Next(730)),
                SearchText = SearchFold.Normalize(name),
                CreationId = Guid.NewGuid(),
            };
        }).ToList();
        db.Organisations.AddRange(organisations);
        await db.SaveChangesAsync(ct);
        return organisations.Select(o => o.Id).ToList();
    }

    private (ClimateUser User, MemberProfile Profile) Member(int i, string passwordHash, DateTimeOffset now)
    {
        var name = $"{Pick(FirstNames)} {Pick(LastNames)}";
        var email = $"member{i:D6}@bench.example";
        var joined = now.AddMinutes(-random.Next(2 * 365 * 24 * 60));
        var user = ClimateUser.Confirmed(email, name, joined, passwordHash);
        var country = Country();
        var headline = $"{Pick(Roles)} in {Pick(Topics)}";
        var tags = Enumerable.Range(0, random.Next(2, 5)).Select(_ => Pick(Tags)).Distinct().ToList();
        var profile = new MemberProfile(user.Id)
        {
            Headline = headline,
            ActorType = Pick(Enum.GetValues<ActorType>()),
            CountryCode = country,
            RegionCode = Regions.ByCountry.TryGetValue(country, out var regions) ? Pick(regions) : null,
            Themes = Enumerable.Range(0, random.Next(1, 4)).Select(_ => Pick(Enum.GetValues<Theme>())).Distinct().ToList(),
            Languages = Enumerable.Range(0, random.Next(2, 4)).Select(_ => Pick(SpokenLanguages.All)).Distinct().ToList(),
            Expertise = tags,
            Bio = $"{name} works on {Pick(Topics)}.",
            Visibility = random.NextDouble() < 0.7 ? ProfileVisibility.Public : ProfileVisibility.MembersOnly,
            OnboardedAtUtc = joined.AddMinutes(random.Next(1, 60 * 24)),
            UpdatedAtUtc = joined,
            SearchText = SearchFold.Normalize($"{name} {headline} {string.Join(' ', tags)}"),
        };
        return (user, profile);
    }

    private string Country() => random.NextDouble() switch
    {
        < 0.40 => "BE",
        < 0.75 => "NL",
        < 0.90 => "LU",
        _ => Pick(OtherCountries),
    };

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
