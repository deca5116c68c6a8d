using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Organisations;
using BeneluxClimate.Domain.Showcase;
using BeneluxClimate.Tests.Builders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BeneluxClimate.Tests.Domain.Persistence;

public class DemoProjectTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    private TestDatabase Database => seeded.Database;

    [Fact]
    public async Task Demo_projects_cover_every_stage_and_cross_border_mixes_and_pass_the_project_rules()
    {
        var projects = await Database.QueryAsync(db => db.Projects.AsNoTracking().ToListAsync());
        var organisations = await Database.QueryAsync(db => db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name));
        var users = await Database.QueryAsync(db => db.Users.AsNoTracking().ToDictionaryAsync(u => u.Id));
        var memberships = await Database.QueryAsync(db => db.OrganisationMemberships.AsNoTracking()
            .Where(m => m.Status == OrganisationMembershipStatus.Active).ToListAsync());
        var followers = await Database.QueryAsync(db => db.ProjectFollowers.AsNoTracking().ToListAsync());

        Assert.InRange(projects.Count, 15, 25);
        Assert.Equal(Enum.GetValues<ProjectStage>(), projects.Where(p => p.IsOnBoard).Select(p => p.Stage).Distinct().Order());
        Assert.Single(projects, p => p.Status == ProjectStatus.Draft);
        Assert.Single(projects, p => p.Status == ProjectStatus.Archived);
        string[][] mixes = [["BE", "NL"], ["NL", "LU"], ["BE", "LU"], ["BE", "NL", "LU"]];
        Assert.All(mixes, mix => Assert.Contains(projects, p => p.IsOnBoard && p.Countries.SequenceEqual(mix)));
        Assert.Contains(projects, p => p.IsOnBoard && p.IsCrossBorder && p.Countries.Any(c => !Countries.IsBenelux(c)));
        Assert.Equal(Enum.GetValues<Theme>().Length, projects.Where(p => p.IsOnBoard).SelectMany(p => p.Themes).Distinct().Count());
        Assert.Contains(projects, p => p.FollowerCount > 0);
        Assert.All(projects, p =>
        {
            Assert.True(organisations.ContainsKey(p.LeadOrganisationId), p.Title);
            Assert.All(p.PartnerOrganisationIds, id => Assert.True(organisations.ContainsKey(id) && id != p.LeadOrganisationId, p.Title));
            Assert.All(p.Regions, r => Assert.Contains(p.Countries, c => Regions.IsRegionOf(r, c)));
            Assert.Empty(ProjectRules.Validate(InputOf(p)));
            Assert.Contains(memberships, m => m.UserId == p.CreatedByUserId && m.OrganisationId == p.LeadOrganisationId);
            Assert.True(users[p.CreatedByUserId].JoinedAtUtc < p.CreatedAtUtc, $"{p.Title}: created before its author joined");
            Assert.True(p.CreatedAtUtc <= (p.PublishedAtUtc ?? p.CreatedAtUtc) && (p.PublishedAtUtc ?? p.CreatedAtUtc) <= p.UpdatedAtUtc && p.UpdatedAtUtc < DateTimeOffset.UtcNow, p.Title);
            Assert.Equal(p.Status == ProjectStatus.Draft, p.PublishedAtUtc is null);
            Assert.All(p.Links.Concat(p.Impact.Select(f => f.EvidenceUrl).OfType<string>()), l => Assert.Matches(@"^https://example\.(org|com|net)/", l));
            Assert.NotEmpty(p.Impact);
            Assert.False(string.IsNullOrWhiteSpace(p.DescriptionHtml));
            Assert.Equal(followers.Count(f => f.ProjectId == p.Id), p.FollowerCount);
            var names = p.PartnerOrganisationIds.Prepend(p.LeadOrganisationId).Select(id => organisations[id]);
            Assert.Equal(ProjectSearchText.Of(p.Title, p.Summary, names), p.SearchText);
        });
    }

    [Fact]
    public async Task The_dashboard_counts_the_published_demo_projects_only()
    {
        var onBoard = await Database.QueryAsync(db => db.Projects.AsNoTracking().Where(p => p.Status == ProjectStatus.Published && !p.IsHidden).ToListAsync());

        var snapshot = await Database.Get<ImpactDashboard>().GetAsync();

        Assert.Equal(onBoard.Count, snapshot.PublishedProjects);
        Assert.Equal(onBoard.Count(p => p.IsCrossBorder), snapshot.CrossBorderProjects);
        Assert.Equal(onBoard.Sum(p => p.Co2eAvoided), snapshot.Totals[ImpactKind.Co2eAvoided], 3);
        Assert.True(snapshot.Totals.Values.All(v => v > 0));
    }

    [Fact]
    public async Task Seeding_twice_adds_no_projects()
    {
        var before = await Database.QueryAsync(db => db.Projects.CountAsync());

        await using (var scope = Database.Services.CreateAsyncScope())
        {
            Assert.False(await scope.ServiceProvider.GetRequiredService<BeneluxClimate.Domain.Persistence.DemoSeeder>().SeedAsync());
        }

        Assert.Equal(before, await Database.QueryAsync(db => db.Projects.CountAsync()));
    }

    private static ProjectInput InputOf(Project p) => new(
        p.CreationId, p.Title, p.Summary, p.Description, p.Themes, p.Countries, p.Regions, p.Stage, p.PartnerOrganisationIds,
        p.ContactMemberIds, p.StartDate, p.EndDate, p.Links, p.LookingFor, p.Impact);
}
