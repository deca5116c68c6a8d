using BeneluxClimate.App.Components.Pages.Projects;
using BeneluxClimate.App.Security;
using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Members;
using BeneluxClimate.Domain.Organisations;
using BeneluxClimate.Domain.Showcase;
using BeneluxClimate.Tests.Builders;
using Bunit;
using Microsoft.Extensions.DependencyInjection;

namespace BeneluxClimate.Tests.Components.Projects;

public sealed class ProjectEditFormTests : IAsyncLifetime
{
    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    private ComponentTestContext Context(string culture) =>
        new ComponentTestContext(culture, services: services =>
        {
            services.AddSingleton(database.Get<OrganisationService>());
            services.AddSingleton(database.Get<MemberDirectory>());
            services.AddScoped<ActorAccessor>();
        }).SignedInAs("Lotte Janssens");

    [Fact]
    public async Task Field_problems_from_the_domain_appear_on_their_fields_in_Dutch()
    {
        await using var context = Context("nl");
        var form = new ProjectFormModel { Title = "Getijdenvliegers", Countries = ["NL", "BE"] };
        form.ImpactValues[ImpactKind.Co2eAvoided] = -5;
        FieldProblem[] problems =
        [
            new("Title", "TooLong", Project.TitleMaxLength),
            new("Themes", "Required"),
            new("Impact.Co2eAvoided", "Negative"),
            new("Impact.PeopleReached", "NotWhole"),
            new("EndDate", "BeforeStart"),
        ];

        var editor = context.Render<ProjectEditForm>(p => p.Add(e => e.Form, form).Add(e => e.Problems, problems));

        Assert.Contains("Hoogstens 120 tekens.", editor.Find("[data-testid=project-form-title]").Closest(".mud-input-control")!.TextContent);
        Assert.Equal("Kies minstens één thema.", editor.Find("[data-problem-field=Themes]").TextContent);
        Assert.Equal("problem-Themes", editor.Find("[data-testid=project-form-themes]").GetAttribute("aria-describedby"));
        Assert.Contains("Een cijfer kan niet negatief zijn.", editor.Find("[data-testid=project-impact-input][data-kind=Co2eAvoided]").Closest(".mud-input-control")!.TextContent);
        Assert.Contains("Vul een geheel getal in.", editor.Find("[data-testid=project-impact-input][data-kind=PeopleReached]").Closest(".mud-input-control")!.TextContent);
        Assert.Contains("De einddatum kan niet voor de startdatum liggen.", editor.Find("[data-testid=project-form-end]").Closest(".mud-input-control")!.TextContent);
        Assert.DoesNotContain("Vul een geheel getal in.", editor.Find("[data-testid=project-impact-input][data-kind=Co2eAvoided]").Closest(".mud-input-control")!.TextContent);
    }

    [Fact]
    public void The_form_leaves_out_empty_figures_and_links_and_regions_of_countries_no_longer_chosen()
    {
        var form = new ProjectFormModel { Title = "Tidal kites", Countries = ["NL"], Regions = ["NL-ZE", "BE-VWV"], Links = ["https://example.org", " "] };
        form.ImpactValues[ImpactKind.RenewableCapacity] = 2.5;
        var creationId = Guid.NewGuid();

        var input = form.ToInput(creationId);

        Assert.Equal(creationId, input.CreationId);
        Assert.Equal(["NL-ZE"], input.Regions);
        Assert.Equal(["https://example.org"], input.Links);
        Assert.Equal([new ImpactFigure(ImpactKind.RenewableCapacity, 2.5, null)], input.Impact);
    }
}
