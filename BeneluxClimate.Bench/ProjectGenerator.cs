using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Organisations;
using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Domain.Showcase;
using Microsoft.EntityFrameworkCore;

namespace BeneluxClimate.Bench;

/// <summary>
/// Fills the board with published projects led by the generated organisations, created by their members, in batches
/// without change detection. Seeded, so every run builds the same showcase.
/// </summary>
internal sealed class ProjectGenerator(IDbContextFactory<ClimateDbContext> contexts, int seed = 20_260_102)
{
    private const int BatchSize = 1_000;

    private static readonly string[] Actions = ["Solar roofs", "Heat network", "Retention area", "Repair café", "Cycle street", "Green schoolyard", "Tidal turbine", "Salt marsh restoration", "Reuse hub", "Energy coaching", "Peat rewetting", "Shared e-bikes"];
    private static readonly string[] Places = ["Gent", "Liège", "Maastricht", "Esch-sur-Alzette", "Antwerpen", "Kempen", "Oosterschelde", "Wadden", "Ardennes", "Namur", "Eindhoven", "Utrecht"];
    private static readonly string[] OtherCountries = ["DE", "FR"];

    private readonly Random random = new(seed);

    public async Task GenerateAsync(int projects, CancellationToken ct)
    {
        var now = DateTimeOffset.UtcNow;
        List<(int Id, string Name, string Creator)> leads;
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            var members = await db.OrganisationMemberships.AsNoTracking().Where(m => m.Status == OrganisationMembershipStatus.Active)
                .Select(m => new { m.OrganisationId, m.UserId }).ToListAsync(ct);
            var names = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, ct);
            leads = [.. members.GroupBy(m => m.OrganisationId).Select(g => (g.Key, names[g.Key], g.First().UserId))];
        }

        for (var start = 0; start < projects; start += BatchSize)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = start; i < Math.Min(projects, start + BatchSize); i++)
            {
                db.Projects.Add(Project(i, Pick(leads), leads, now));
            }

            await db.SaveChangesAsync(ct);
        }
    }

    private Project Project(int i, (int Id, string Name, string Creator) lead, List<(int Id, string Name, string Creator)> all, DateTimeOffset now)
    {
        var countries = Countries();
        var partner = random.NextDouble() < 0.5 ? Pick(all) : lead;
        var created = now.AddMinutes(-random.Next(2 * 365 * 24 * 60));
        var project = new Project
        {
            CreationId = Guid.NewGuid(),
            Title = $"{Pick(Actions)} {Pick(Places)} {i + 1}",
            Summary = $"A {Pick(Actions).ToLowerInvariant()} project of {lead.Name}.",
            Description = "Generated for the benchmark.",
            DescriptionHtml = "<p>Generated for the benchmark.</p>",
            Themes = [.. Enumerable.Range(0, random.Next(1, 4)).Select(_ => Pick(Enum.GetValues<Theme>())).Distinct().Order()],
            Countries = countries,
            Regions = [.. countries.Where(Regions.HasRegions).Select(c => Pick(Regions.ByCountry[c]))],
            Stage = Pick(Enum.GetValues<ProjectStage>()),
            Status = ProjectStatus.Published,
            LeadOrganisationId = lead.Id,
            PartnerOrganisationIds = partner.Id == lead.Id ? [] : [partner.Id],
            ContactMemberIds = [lead.Creator],
            StartDate = DateOnly.FromDateTime(created.UtcDateTime),
            Links = [$"https://example.org/bench/{i}"],
            LookingFor = (LookingFor)random.Next(0, 32),
            Impact =
            [
                new(ImpactKind.Co2eAvoided, Math.Round(random.NextDouble() * 5_000), null),
                new(ImpactKind.PeopleReached, random.Next(50, 20_000), null),
            ],
            CreatedByUserId = lead.Creator,
            CreatedAtUtc = created,
            UpdatedAtUtc = created.AddDays(random.Next(0, 30)),
            PublishedAtUtc = created.AddDays(1),
        };
        project.SearchText = ProjectSearchText.Of(project.Title, project.Summary, partner.Id == lead.Id ? [lead.Name] : [lead.Name, partner.Name]);
        return project;
    }

    /// <summary>Mostly one Benelux country, a third cross-border, a few with a neighbour.</summary>
    private List<string> Countries()
    {
        var first = Pick(BeneluxClimate.Domain.Common.Countries.Benelux);
        var countries = new List<string> { first };
        if (random.NextDouble() < 0.33)
        {
            countries.Add(Pick(BeneluxClimate.Domain.Common.Countries.Benelux.Where(c => c != first).ToList()));
        }

        if (random.NextDouble() < 0.05)
        {
            countries.Add(Pick(OtherCountries));
        }

        return [.. countries.OrderBy(BeneluxClimate.Domain.Common.Countries.DisplayOrder).ThenBy(c => c, StringComparer.Ordinal)];
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
